import ReservationsCore
import ScreenKit
import SubscriptionsFeature
import CatalogFeature
import CustomersFeature

/// The selected customer's subscriptions: shares the body with the customer list.
enum SubscriptionsScreen: Screen {
    static let title = "Subscriptions"
    static var bindings: [Binding] { SubscriptionsBindings.all(for: AppState.self, openCatalog: CatalogBindings.open(for: AppState.self)) }
    static var takesBody: Bool { false }
    static func visibleRows(in layout: AppLayout) -> Int { layout.listRows(for: .subscriptions) }

    static func breadcrumbs(_ state: AppState) -> [String] {
        guard let customer = state.customers.selectedCustomer else { return [] }
        return [customer.name, "Subscriptions"] + (state.subscriptions.selected.map { [$0.displayName] } ?? [])
    }

    static func customer(_ state: AppState) -> ShownCustomer? {
        state.customers.selectedCustomer.map { ShownCustomer(id: $0.id, name: $0.name) }
    }

    static func move(_ command: Command, visibleRows: Int, _ state: inout AppState) -> [Effect] {
        SubscriptionsReducer.move(command, visibleRows: visibleRows, &state)
    }

    /// The subscriptions are loaded by the customer list's effects.
    static func refresh(_ state: inout AppState) -> [Effect] { CustomersReducer.refreshSubscriptions(&state) }
}
