import Vocabulary
import TerminalUI
import ReservationsCore
import OrdersFeature
import ScreenKit
import CatalogFeature
import CustomersFeature

/// One customer's orders, with provisioning and invoice lines.
enum OrdersScreen: Screen {
    static let title = "Orders"
    static var bindings: [Binding] { OrdersBindings.all(for: AppState.self) }

    static var openingKeys: [Binding] {
        [Binding(keys: [.char("O")], screenCommand: OrdersScreenCommand.openOrders,
                 help: "Open the orders of the selected customer (of the cart's in the cart)",
                 unavailable: { $0.customerToOpen == nil && $0.orders == nil ? "Select a customer first" : nil },
                 perform: openFromKey)]
    }

    static var commandLineVerbs: [CommandLineVerb] {
        [CommandLineVerb(["orders"], help: "Open the orders of the selected customer") { _, state in
            if let orders = state.orders, state.customers.selectedCustomer == nil {
                return OrdersReducer.openOrders(customerID: orders.customerID, name: orders.customerName, &state)
            }
            return OrdersReducer.openOrdersForSelection(&state)
        }]
    }

    static func render(_ state: AppState, frame: Rect, glyphs: Glyphs, into canvas: inout some Canvas) {
        OrdersPane.render(state, frame: frame, glyphs: glyphs, into: &canvas)
    }

    static func visibleRows(in layout: AppLayout) -> Int { OrdersPane.tableRows(in: layout.catalog) }
    static func breadcrumbs(_ state: AppState) -> [String] { state.orders.map { [$0.customerName, "Orders"] } ?? [] }
    static func customer(_ state: AppState) -> ShownCustomer? { state.orders.map { ShownCustomer(id: $0.customerID, name: $0.customerName) } }

    static func run(_ command: Command, _ state: inout AppState) -> [Effect]? {
        command == .openSelection ? OrdersReducer.showOrderDetail(&state) : nil
    }

    static func move(_ command: Command, visibleRows: Int, _ state: inout AppState) -> [Effect] {
        guard var orders = state.orders else { return [] }
        let before = orders.selected?.id
        orders.table.apply(command, visibleRows: visibleRows, count: orders.items.count)
        // The detail follows the cursor once it is open.
        let follows = orders.detail != nil && orders.selected?.id != before
        state.orders = orders
        return follows ? OrdersReducer.showOrderDetail(&state) : []
    }

    static func refresh(_ state: inout AppState) -> [Effect] {
        guard let orders = state.orders else { return [] }
        return OrdersReducer.openOrders(customerID: orders.customerID, name: orders.customerName, &state)
    }

    static func escape(_ state: inout AppState) -> [Effect]? { OrdersReducer.orderInvoiceLinesEscape(&state) }

    /// `O`: the orders of ``AppState/customerToOpen`` (the cart's customer, or reservations' opened from the expiry
    /// board, whoever is selected in the lists).
    private static func openFromKey(_ state: inout AppState) -> [Effect] {
        if let shown = state.customerToOpen {
            return OrdersReducer.openOrders(customerID: shown.id, name: shown.name, &state)
        }
        return OrdersReducer.openOrdersForSelection(&state)
    }
}
