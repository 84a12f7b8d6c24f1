import Vocabulary
import TerminalUI

/// One customer's orders, with provisioning and invoice lines.
enum OrdersScreen: Screen {
    static var bindings: [Binding] { OrdersBindings.all }

    static func render(_ state: AppState, frame: Rect, glyphs: Glyphs, into canvas: inout some Canvas) {
        OrdersPane.render(state, frame: frame, glyphs: glyphs, into: &canvas)
    }

    static func visibleRows(in layout: AppLayout) -> Int { OrdersPane.tableRows(in: layout.catalog) }
    static func breadcrumbs(_ state: AppState) -> [String] { state.orders.map { [$0.customerName, "Orders"] } ?? [] }
    static func customer(_ state: AppState) -> (CustomerID, String?)? { state.orders.map { ($0.customerID, nil) } }


    static func run(_ command: Command, _ state: inout AppState) -> [Effect]? {
        command == .openSelection ? AppReducer.showOrderDetail(&state) : nil
    }
}
