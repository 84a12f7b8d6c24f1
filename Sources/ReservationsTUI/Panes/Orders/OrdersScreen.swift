import TerminalUI
import ScreenKit
import OrdersFeature

/// One customer's orders, with provisioning and invoice lines.
enum OrdersScreen: Screen {
    static let title = "Orders"
    static var bindings: [Binding] { OrdersBindings.all(for: AppState.self) }
    static var openingKeys: [Binding] { OrdersBindings.opening(for: AppState.self) }
    static var commandLineVerbs: [CommandLineVerb] { OrdersBindings.verbs(for: AppState.self) }

    static func render(_ state: AppState, frame: Rect, glyphs: Glyphs, into canvas: inout some Canvas) {
        OrdersPane.render(state, frame: frame, glyphs: glyphs, into: &canvas)
    }

    static func visibleRows(in layout: AppLayout) -> Int { OrdersPane.tableRows(in: layout.catalog) }
    static func breadcrumbs(_ state: AppState) -> [String] { state.orders.map { [$0.customerName, "Orders"] } ?? [] }
    static func customer(_ state: AppState) -> ShownCustomer? { state.orders.map { ShownCustomer(id: $0.customerID, name: $0.customerName) } }
    static func run(_ command: Command, _ state: inout AppState) -> [Effect]? { OrdersReducer.run(command, &state) }

    static func move(_ command: Command, visibleRows: Int, _ state: inout AppState) -> [Effect] {
        OrdersReducer.move(command, visibleRows: visibleRows, &state)
    }

    static func refresh(_ state: inout AppState) -> [Effect] { OrdersReducer.refresh(&state) }
    static func escape(_ state: inout AppState) -> [Effect]? { OrdersReducer.orderInvoiceLinesEscape(&state) }
}
