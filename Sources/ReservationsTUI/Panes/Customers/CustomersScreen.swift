import Vocabulary
import ReservationsCore

/// The customer list: shares the body with the subscriptions.
enum CustomersScreen: Screen {
    static var bindings: [Binding] { CustomersBindings.all }
    static var takesBody: Bool { false }
    static func visibleRows(in layout: AppLayout) -> Int { layout.listRows(for: .customers) }
    static func breadcrumbs(_ state: AppState) -> [String] { [] }
    static func customer(_ state: AppState) -> (CustomerID, String?)? { state.customers.selectedCustomer.map { ($0.id, nil) } }
    static func isEditingFilter(_ state: AppState) -> Bool { state.customers.isEditingFilter }
}
