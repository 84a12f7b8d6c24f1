import Vocabulary
import TerminalUI
import ScreenKit
import BillingFeature
import CatalogFeature

/// The partner's balance, invoices, unbilled charges and line items: across customers.
enum BillingScreen: Screen {
    static let title = "Billing"
    static var bindings: [Binding] { BillingBindings.all(for: AppState.self) }

    static var openingKeys: [Binding] {
        [Binding(keys: [.char("B")], screenCommand: BillingScreenCommand.openBilling,
                 help: "Open billing: balance, invoices, line items, statements", perform: { BillingReducer.openBilling(&$0) })]
    }

    static var commandLineVerbs: [CommandLineVerb] {
        [CommandLineVerb(["billing", "invoices"], help: "Open billing: invoices, this month's unbilled charges, line items") { _, state in
            BillingReducer.openBilling(&state)
        }]
    }

    static func render(_ state: AppState, frame: Rect, glyphs: Glyphs, into canvas: inout some Canvas) {
        BillingPane.render(state, frame: frame, glyphs: glyphs, into: &canvas)
    }

    static func visibleRows(in layout: AppLayout) -> Int { BillingPane.tableRows(in: layout.catalog) }
    static func breadcrumbs(_ state: AppState) -> [String] { ["Billing"] }
    static func customer(_ state: AppState) -> ShownCustomer? { nil }
    static func isEditingFilter(_ state: AppState) -> Bool { state.billing?.isEditingFilter == true }
    static func filterKey(_ key: KeyChord, _ state: inout AppState) -> [Effect] { BillingReducer.handleLineItemFilterKey(key, &state) }

    static func run(_ command: Command, _ state: inout AppState) -> [Effect]? {
        switch command {
        case .startFilter: BillingReducer.startLineItemFilter(&state)
        case .openSelection: BillingReducer.openInvoiceLineItems(&state)
        // Tab moves between the invoices and their line items while both are shown.
        case .focusNextPane, .focusPreviousPane:
            state.billing?.lineItems == nil ? nil : toggleLineItemsFocus(&state)
        default: nil
        }
    }

    static func move(_ command: Command, visibleRows: Int, _ state: inout AppState) -> [Effect] {
        guard var billing = state.billing else { return [] }
        if billing.isLineItemsFocused, var lineItems = billing.lineItems {
            lineItems.table.apply(command, visibleRows: visibleRows, count: lineItems.shown.count)
            let rows = BillingPane.lineItemRows(in: state.bodyFrame)
            lineItems.table.ensureVisible(visibleRows: rows, count: lineItems.shown.count)
            billing.lineItems = lineItems
        } else {
            billing.table.apply(command, visibleRows: visibleRows, count: billing.rows.count)
        }
        state.billing = billing
        return []
    }

    static func refresh(_ state: inout AppState) -> [Effect] { BillingReducer.loadBilling(&state) }
    static func escape(_ state: inout AppState) -> [Effect]? { BillingReducer.billingEscape(&state) }

    private static func toggleLineItemsFocus(_ state: inout AppState) -> [Effect] {
        state.billing?.isLineItemsFocused.toggle()
        return []
    }
}
