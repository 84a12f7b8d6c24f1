import ReservationsCore
import ScreenKit
import SubscriptionsFeature
import TerminalUI

// What the shared commands (movement, `r`) do on the customer list, and on the subscriptions beside it, which the
// customers' effects load.

extension CustomersReducer {
    /// Moves the cursor; a new selection asks for the visible customers' details and shows its subscriptions.
    public static func move<Host: CustomersHost>(_ command: Command, visibleRows: Int, _ state: inout Host) -> [Host.AppEffect] {
        let before = state.customers.selectedCustomer?.id
        state.customers.table.apply(command, visibleRows: visibleRows, count: state.customers.matches.count)
        guard state.customers.selectedCustomer?.id != before else { return [] }
        return detailRequests(&state) + selectionChanged(&state)
    }

    /// `r`: the customer list again, forgetting the subscriptions kept for the session.
    public static func refresh<Host: CustomersHost>(_ state: inout Host) -> [Host.AppEffect] {
        state.customers.removeAll()
        state.subscriptionsSeen = [:]
        state.customers.load = .loading(loaded: 0, total: nil)
        state.status = .info("Loading customers…")
        return [Host.customersEffect(.cancelCustomerLoad), Host.customersEffect(.loadCustomers)]
    }

    /// `r` on the subscriptions: the selected customer's subscriptions again.
    public static func refreshSubscriptions<Host: CustomersHost>(_ state: inout Host) -> [Host.AppEffect] {
        guard let id = state.customers.selectedCustomer?.id else { return [] }
        state.subscriptions.load = .loading(loaded: 0, total: nil)
        return [Host.customersEffect(.loadSubscriptions(id))]
    }
}
