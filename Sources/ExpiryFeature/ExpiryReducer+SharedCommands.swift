import ScreenKit

// What the shared commands (Enter, movement) do on the expiry board.

extension ExpiryReducer {
    /// Enter opens the selected reservation's customer in the reservations pane; nil for the commands the app handles.
    public static func run<Host: ExpiryHost>(_ command: Command, _ state: inout Host) -> [Host.AppEffect]? {
        command == .openSelection ? openSelectedExpiringCustomer(&state) : nil
    }

    public static func move<Host: ExpiryHost>(_ command: Command, visibleRows: Int, _ state: inout Host) -> [Host.AppEffect] {
        guard var board = state.expiryBoard else { return [] }
        board.table.apply(command, visibleRows: visibleRows, count: board.shown.count)
        state.expiryBoard = board
        return []
    }
}
