import Vocabulary
import TerminalUI

/// The partner's balance, invoices, unbilled charges and line items: across customers.
enum BillingScreen: Screen {
    static var bindings: [Binding] { BillingBindings.all }

    static func render(_ state: AppState, frame: Rect, glyphs: Glyphs, into canvas: inout some Canvas) {
        BillingPane.render(state, frame: frame, glyphs: glyphs, into: &canvas)
    }

    static func visibleRows(in layout: AppLayout) -> Int { BillingPane.tableRows(in: layout.catalog) }
    static func breadcrumbs(_ state: AppState) -> [String] { ["Billing"] }
    static func customer(_ state: AppState) -> (CustomerID, String?)? { nil }
    static func isEditingFilter(_ state: AppState) -> Bool { state.billing?.isEditingFilter == true }


    static func run(_ command: Command, _ state: inout AppState) -> [Effect]? {
        switch command {
        case .startFilter: AppReducer.startLineItemFilter(&state)
        case .openSelection: AppReducer.openInvoiceLineItems(&state)
        // Tab moves between the invoices and their line items while both are shown.
        case .focusNextPane, .focusPreviousPane:
            state.billing?.lineItems == nil ? nil : toggleLineItemsFocus(&state)
        default: nil
        }
    }

    private static func toggleLineItemsFocus(_ state: inout AppState) -> [Effect] {
        state.billing?.isLineItemsFocused.toggle()
        return []
    }
}
