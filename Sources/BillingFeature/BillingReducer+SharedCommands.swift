import ScreenKit
import TerminalUI

// What the shared commands (Enter, `/`, Tab, movement) do on the billing screen.

extension BillingReducer {
    /// `/` filters the line items, Enter opens an invoice's line items, Tab moves between the invoices and their line
    /// items while both are shown; nil for the commands the app handles everywhere.
    public static func run<Host: BillingHost>(_ command: Command, _ state: inout Host) -> [Host.AppEffect]? {
        switch command {
        case .startFilter: startLineItemFilter(&state)
        case .openSelection: openInvoiceLineItems(&state)
        case .focusNextPane, .focusPreviousPane: state.billing?.lineItems == nil ? nil : toggleLineItemsFocus(&state)
        default: nil
        }
    }

    /// Moves the cursor of the list that has the keys: the invoices, or their line items.
    public static func move<Host: BillingHost>(_ command: Command, visibleRows: Int, _ state: inout Host) -> [Host.AppEffect] {
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

    private static func toggleLineItemsFocus<Host: BillingHost>(_ state: inout Host) -> [Host.AppEffect] {
        state.billing?.isLineItemsFocused.toggle()
        return []
    }
}
