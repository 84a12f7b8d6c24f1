import ScreenKit
import TerminalUI

// What the shared commands (Enter, movement) do on the cart.

extension CartReducer {
    /// Enter edits the selected line; nil for the commands the app handles everywhere.
    public static func run<Host: CartHost>(_ command: Command, _ state: inout Host) -> [Host.AppEffect]? {
        command == .openSelection ? editSelectedCartLine(&state) : nil
    }

    public static func move<Host: CartHost>(_ command: Command, visibleRows: Int, _ state: inout Host) -> [Host.AppEffect] {
        state.cart.table.apply(command, visibleRows: visibleRows, count: state.cart.lines.count)
        return []
    }
}
