import ReservationsCore
import TerminalUI
import ScreenKit
import CustomersFeature

/// The customer list: shares the body with the subscriptions.
enum CustomersScreen: Screen {
    static let title = "Customers"
    static var bindings: [Binding] { CustomersBindings.all(for: AppState.self) }
    static var takesBody: Bool { false }
    static var commandLineVerbs: [CommandLineVerb] { CustomersBindings.verbs(for: AppState.self) }

    static func visibleRows(in layout: AppLayout) -> Int { layout.listRows(for: .customers) }
    static func breadcrumbs(_ state: AppState) -> [String] { [] }
    static func customer(_ state: AppState) -> ShownCustomer? {
        state.customers.selectedCustomer.map { ShownCustomer(id: $0.id, name: $0.name) }
    }
    static func isEditingFilter(_ state: AppState) -> Bool { state.customers.isEditingFilter }
    static func filterKey(_ key: KeyChord, _ state: inout AppState) -> [Effect] { CustomersReducer.handleFilterKey(key, &state) }

    static func move(_ command: Command, visibleRows: Int, _ state: inout AppState) -> [Effect] {
        CustomersReducer.move(command, visibleRows: visibleRows, &state)
    }

    static func refresh(_ state: inout AppState) -> [Effect] { CustomersReducer.refresh(&state) }
}
