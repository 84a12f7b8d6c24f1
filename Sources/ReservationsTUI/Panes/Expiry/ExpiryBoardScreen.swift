import Vocabulary
import ReservationsCore
import TerminalUI
import ScreenKit
import ExpiryFeature
import CatalogFeature

/// Every customer's reservations expiring soon: across customers.
enum ExpiryBoardScreen: Screen {
    static let title = "Expiry board"
    static var bindings: [Binding] { ExpiryBoardBindings.all(for: AppState.self, renewal: RenewalBindings.all) }

    static var openingKeys: [Binding] {
        [Binding(keys: [.char("E")], screenCommand: ExpiryScreenCommand.openExpiryBoard,
                 help: "Open the expiry board: every customer's reservations expiring within 30, 60 or 90 days",
                 perform: { ExpiryReducer.openExpiryBoard(&$0) })]
    }

    static var commandLineVerbs: [CommandLineVerb] {
        [CommandLineVerb(["expiring", "expiry"], help: "Open the expiry board (reservations of every customer ending soon)") { _, state in
            ExpiryReducer.openExpiryBoard(&state)
        }]
    }

    static func render(_ state: AppState, frame: Rect, glyphs: Glyphs, into canvas: inout some Canvas) {
        ExpiryBoardPane.render(state, frame: frame, glyphs: glyphs, into: &canvas)
    }

    static func visibleRows(in layout: AppLayout) -> Int { ExpiryBoardPane.tableRows(in: layout.catalog) }
    static func breadcrumbs(_ state: AppState) -> [String] { ["Expiry board"] }
    static func customer(_ state: AppState) -> ShownCustomer? { nil }

    static func run(_ command: Command, _ state: inout AppState) -> [Effect]? {
        command == .openSelection ? ExpiryReducer.openSelectedExpiringCustomer(&state) : nil
    }

    static func move(_ command: Command, visibleRows: Int, _ state: inout AppState) -> [Effect] {
        guard var board = state.expiryBoard else { return [] }
        board.table.apply(command, visibleRows: visibleRows, count: board.shown.count)
        state.expiryBoard = board
        return []
    }

    static func refresh(_ state: inout AppState) -> [Effect] { ExpiryReducer.loadExpiryBoard(&state) }
    static func escape(_ state: inout AppState) -> [Effect]? { ExpiryReducer.expiryBoardEscape(&state) }
}

extension ExpiryBoardScreen: RenewalScreen {
    static func toggleMark(_ state: inout AppState) -> Int? {
        guard var board = state.expiryBoard, let selected = board.selected else { return nil }
        board.marked.formSymmetricDifference([selected.reservation.renewalKey])
        board.table.moveDown(count: board.shown.count)
        state.expiryBoard = board
        return board.marked.count
    }

    static func chosenForRenewal(_ state: AppState) -> [RenewalChoice] {
        guard let board = state.expiryBoard, let selected = board.selected else { return [] }
        let marked = board.entries.filter { board.marked.contains($0.reservation.renewalKey) }
        return (marked.isEmpty ? [selected] : marked).map {
            RenewalChoice(customerID: $0.customerID, customerName: $0.customerName, reservation: $0.reservation)
        }
    }

    static func renewalUnavailable(_ state: AppState) -> String? { state.expiryBoard?.selected == nil ? "No reservation selected" : nil }

    static func clearMarks(_ state: inout AppState) { state.expiryBoard?.marked = [] }
}
