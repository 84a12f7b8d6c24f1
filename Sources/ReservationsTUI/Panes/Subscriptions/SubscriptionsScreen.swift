import Vocabulary
import ReservationsCore

/// The selected customer's subscriptions: shares the body with the customer list.
enum SubscriptionsScreen: Screen {
    static var bindings: [Binding] { SubscriptionsBindings.all }
    static var takesBody: Bool { false }
    static func visibleRows(in layout: AppLayout) -> Int { layout.listRows(for: .subscriptions) }

    static func breadcrumbs(_ state: AppState) -> [String] {
        guard let customer = state.customers.selectedCustomer else { return [] }
        return [customer.name, "Subscriptions"] + (state.subscriptions.selected.map { [$0.displayName] } ?? [])
    }

    static func customer(_ state: AppState) -> (CustomerID, String?)? { state.customers.selectedCustomer.map { ($0.id, nil) } }
}
