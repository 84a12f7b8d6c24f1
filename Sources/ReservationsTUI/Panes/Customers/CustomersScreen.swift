import TerminalUI
import Vocabulary
import ReservationsCore
import ScreenKit
import CustomersFeature
import SubscriptionsFeature

/// The customer list: shares the body with the subscriptions.
enum CustomersScreen: Screen {
    static let title = "Customers"
    static var bindings: [Binding] { CustomersBindings.all(for: AppState.self) }
    static var takesBody: Bool { false }

    static var commandLineVerbs: [CommandLineVerb] {
        [CommandLineVerb(["customer", "c"], argument: "NAME", help: "Filter the customers by NAME and select the first match",
                         perform: { CustomersReducer.selectCustomer(named: $0, &$1) })]
    }

    static func visibleRows(in layout: AppLayout) -> Int { layout.listRows(for: .customers) }
    static func breadcrumbs(_ state: AppState) -> [String] { [] }
    static func customer(_ state: AppState) -> ShownCustomer? {
        state.customers.selectedCustomer.map { ShownCustomer(id: $0.id, name: $0.name) }
    }
    static func isEditingFilter(_ state: AppState) -> Bool { state.customers.isEditingFilter }
    static func filterKey(_ key: KeyChord, _ state: inout AppState) -> [Effect] { CustomersReducer.handleFilterKey(key, &state) }

    static func move(_ command: Command, visibleRows: Int, _ state: inout AppState) -> [Effect] {
        let before = state.customers.selectedCustomer?.id
        state.customers.table.apply(command, visibleRows: visibleRows, count: state.customers.matches.count)
        guard state.customers.selectedCustomer?.id != before else { return [] }
        return CustomersReducer.detailRequests(&state) + CustomersReducer.selectionChanged(&state)
    }

    static func refresh(_ state: inout AppState) -> [Effect] {
        state.customers.removeAll()
        state.subscriptionsSeen = [:]
        state.customers.load = .loading(loaded: 0, total: nil)
        state.status = .info("Loading customers…")
        return [.customers(.cancelCustomerLoad), .customers(.loadCustomers)]
    }
}
