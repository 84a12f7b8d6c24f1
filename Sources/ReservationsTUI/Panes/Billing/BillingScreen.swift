import TerminalUI
import ScreenKit
import BillingFeature

/// The partner's balance, invoices, unbilled charges and line items: across customers.
enum BillingScreen: Screen {
    static let title = "Billing"
    static var bindings: [Binding] { BillingBindings.all(for: AppState.self) }
    static var openingKeys: [Binding] { BillingBindings.opening(for: AppState.self) }
    static var commandLineVerbs: [CommandLineVerb] { BillingBindings.verbs(for: AppState.self) }

    static func render(_ state: AppState, frame: Rect, glyphs: Glyphs, into canvas: inout some Canvas) {
        BillingPane.render(state, frame: frame, glyphs: glyphs, into: &canvas)
    }

    static func visibleRows(in layout: AppLayout) -> Int { BillingPane.tableRows(in: layout.catalog) }
    static func breadcrumbs(_ state: AppState) -> [String] { ["Billing"] }
    static func customer(_ state: AppState) -> ShownCustomer? { nil }
    static func isEditingFilter(_ state: AppState) -> Bool { state.billing?.isEditingFilter == true }
    static func filterKey(_ key: KeyChord, _ state: inout AppState) -> [Effect] { BillingReducer.handleLineItemFilterKey(key, &state) }
    static func run(_ command: Command, _ state: inout AppState) -> [Effect]? { BillingReducer.run(command, &state) }

    static func move(_ command: Command, visibleRows: Int, _ state: inout AppState) -> [Effect] {
        BillingReducer.move(command, visibleRows: visibleRows, &state)
    }

    static func refresh(_ state: inout AppState) -> [Effect] { BillingReducer.loadBilling(&state) }
    static func escape(_ state: inout AppState) -> [Effect]? { BillingReducer.billingEscape(&state) }
}
