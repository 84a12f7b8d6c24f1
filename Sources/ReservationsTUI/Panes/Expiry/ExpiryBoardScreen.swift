import TerminalUI
import ScreenKit
import ReservationsFeature
import ExpiryFeature

/// Every customer's reservations expiring soon: across customers.
enum ExpiryBoardScreen: Screen {
    static let title = "Expiry board"
    static var bindings: [Binding] { ExpiryBoardBindings.all(for: AppState.self, renewal: RenewalBindings.all) }
    static var openingKeys: [Binding] { ExpiryBoardBindings.opening(for: AppState.self) }
    static var commandLineVerbs: [CommandLineVerb] { ExpiryBoardBindings.verbs(for: AppState.self) }

    static func render(_ state: AppState, frame: Rect, glyphs: Glyphs, into canvas: inout some Canvas) {
        ExpiryBoardPane.render(state, frame: frame, glyphs: glyphs, into: &canvas)
    }

    static func visibleRows(in layout: AppLayout) -> Int { ExpiryBoardPane.tableRows(in: layout.catalog) }
    static func breadcrumbs(_ state: AppState) -> [String] { ["Expiry board"] }
    static func customer(_ state: AppState) -> ShownCustomer? { nil }
    static func run(_ command: Command, _ state: inout AppState) -> [Effect]? { ExpiryReducer.run(command, &state) }

    static func move(_ command: Command, visibleRows: Int, _ state: inout AppState) -> [Effect] {
        ExpiryReducer.move(command, visibleRows: visibleRows, &state)
    }

    static func refresh(_ state: inout AppState) -> [Effect] { ExpiryReducer.loadExpiryBoard(&state) }
    static func escape(_ state: inout AppState) -> [Effect]? { ExpiryReducer.expiryBoardEscape(&state) }
}

extension ExpiryBoardScreen: RenewalScreen {
    static func toggleMark(_ state: inout AppState) -> Int? { state.expiryBoard?.toggleMark() }
    static func chosenForRenewal(_ state: AppState) -> [RenewalChoice] { state.expiryBoard?.chosenForRenewal ?? [] }
    static func renewalUnavailable(_ state: AppState) -> String? {
        guard let board = state.expiryBoard else { return "No reservation selected" }
        return board.renewalUnavailable
    }
    static func clearMarks(_ state: inout AppState) { state.expiryBoard?.marked = [] }
}
