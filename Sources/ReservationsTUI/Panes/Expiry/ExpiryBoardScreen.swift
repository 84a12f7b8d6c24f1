import Vocabulary
import TerminalUI

/// Every customer's reservations expiring soon: across customers.
enum ExpiryBoardScreen: Screen {
    static var bindings: [Binding] { ExpiryBoardBindings.all }

    static func render(_ state: AppState, frame: Rect, glyphs: Glyphs, into canvas: inout some Canvas) {
        ExpiryBoardPane.render(state, frame: frame, glyphs: glyphs, into: &canvas)
    }

    static func visibleRows(in layout: AppLayout) -> Int { ExpiryBoardPane.tableRows(in: layout.catalog) }
    static func breadcrumbs(_ state: AppState) -> [String] { ["Expiry board"] }
    static func customer(_ state: AppState) -> (CustomerID, String?)? { nil }


    static func run(_ command: Command, _ state: inout AppState) -> [Effect]? {
        command == .openSelection ? AppReducer.openSelectedExpiringCustomer(&state) : nil
    }
}
