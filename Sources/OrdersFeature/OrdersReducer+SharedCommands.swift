import ReservationsCore
import ScreenKit

// What the shared commands (Enter, movement, `r`, the keys and verbs that open it) do on the orders screen.

extension OrdersReducer {
    /// Enter shows the selected order's provisioning; nil for the commands the app handles everywhere.
    public static func run<Host: OrdersHost>(_ command: Command, _ state: inout Host) -> [Host.AppEffect]? {
        command == .openSelection ? showOrderDetail(&state) : nil
    }

    public static func move<Host: OrdersHost>(_ command: Command, visibleRows: Int, _ state: inout Host) -> [Host.AppEffect] {
        guard var orders = state.orders else { return [] }
        let before = orders.selected?.id
        orders.table.apply(command, visibleRows: visibleRows, count: orders.items.count)
        // The detail follows the cursor once it is open.
        let follows = orders.detail != nil && orders.selected?.id != before
        state.orders = orders
        return follows ? showOrderDetail(&state) : []
    }

    /// `r`: the shown customer's orders again.
    public static func refresh<Host: OrdersHost>(_ state: inout Host) -> [Host.AppEffect] {
        guard let orders = state.orders else { return [] }
        return openOrders(customerID: orders.customerID, name: orders.customerName, &state)
    }

    /// `O`: the orders of the host's `customerToOpen` (the cart's customer, or reservations' opened from the expiry
    /// board, whoever is selected in the lists).
    public static func openFromKey<Host: OrdersHost>(_ state: inout Host) -> [Host.AppEffect] {
        if let shown = state.customerToOpen {
            return openOrders(customerID: shown.id, name: shown.name, &state)
        }
        return openOrdersForSelection(&state)
    }

    /// `:orders`: the selected customer's, else the ones shown again.
    public static func openFromVerb<Host: OrdersHost>(_ state: inout Host) -> [Host.AppEffect] {
        if let orders = state.orders, state.selectedCustomer == nil {
            return openOrders(customerID: orders.customerID, name: orders.customerName, &state)
        }
        return openOrdersForSelection(&state)
    }
}
