import ReservationsCore
import TerminalUI
import ScreenKit

/// Keys of the billing pane.
public enum BillingBindings {
    public static func all<Host: BillingHost>(for host: Host.Type) -> [KeyBinding<Host, Host.AppEffect>] {
        // Typed apart from the movement keys: one literal of closures over a generic host is too much for inference.
        let own: [KeyBinding<Host, Host.AppEffect>] = [
            KeyBinding(keys: [.enter, .char("l"), .right], command: .openSelection,
                       help: "Load the selected invoice's (or this month's unbilled) one-time line items (Esc stops)", footer: "line items",
                       unavailable: { $0.billing?.selectedRow == nil ? "No invoice selected" : nil }),
            KeyBinding(keys: [.char("/")], command: .startFilter, help: "Filter the line items by customer or order as you type",
                       footer: "filter",
                       unavailable: { $0.billing?.lineItems == nil ? "Open an invoice's line items first (Enter)" : nil }),
            KeyBinding(keys: [.char("x")], screenCommand: BillingScreenCommand.exportLineItems, help: "Export the shown line items to a CSV file", footer: "csv",
                       unavailable: { state in
                           guard let lineItems = state.billing?.lineItems, !lineItems.shown.isEmpty else { return "No line items shown to export" }
                           // A file of some of the lines would look like the whole invoice.
                           return lineItems.load == .loaded ? nil : "The line items are incomplete; load them all (Enter) before exporting"
                       },
                       perform: { BillingReducer.startLineItemExport(&$0) }),
            KeyBinding(keys: [.char("p")], screenCommand: BillingScreenCommand.downloadStatement, help: "Download the selected invoice's PDF statement",
                       footer: "pdf", unavailable: noStatement,
                       perform: { BillingReducer.startStatementDownload(&$0) }),
            KeyBinding(keys: [.char("o")], screenCommand: BillingScreenCommand.openLineItemOrder,
                       help: "Open the order of the selected line item (Tab moves between invoices and line items)", footer: "order",
                       unavailable: { state in
                           guard let billing = state.billing, billing.isLineItemsFocused, let item = billing.selectedLineItem else {
                               return "Select a line item first (Tab moves to the line items)"
                           }
                           return item.orderID == nil || item.customerID == nil ? "This line item names no order or customer" : nil
                       },
                       perform: { BillingReducer.openLineItemOrder(&$0) }),
            KeyBinding(keys: [.char("c")], screenCommand: BillingScreenCommand.toggleChargesChart,
                       help: "Show one-time charges per month as a chart (or the line items again)", footer: "chart",
                       perform: { BillingReducer.toggleChargesChart(&$0) }),
            KeyBinding(keys: [.char("n")], screenCommand: BillingScreenCommand.cycleChartCurrency, help: "Show the chart's next currency",
                       unavailable: { state in
                           guard let billing = state.billing, billing.showsChart else { return "Open the chart first (c)" }
                           return billing.chartSeries.count > 1 ? nil : "The invoices are in one currency"
                       },
                       perform: { BillingReducer.cycleChartCurrency(&$0) }),
            KeyBinding(keys: [.char("r")], command: .refresh, help: "Load balance and invoices again", footer: "refresh"),
            KeyBinding(keys: [.char("h"), .left], command: .goBack, help: "Back to the previous screen", footer: "back"),
        ]
        return ListBindings.movement() + own
    }

    /// Why `p` has no statement to save: nothing selected, or a month that is not closed (Partner Center issues the
    /// invoice, and its statement, only then).
    static func noStatement<Host: BillingHost>(_ state: Host) -> String? {
        switch state.billing?.selectedRow {
        case nil: "No invoice selected"
        case .unbilled:
            "This month is not closed yet; its invoice and statement come when it closes"
        case .invoice: nil
        }
    }

    /// `B`, which opens billing from anywhere.
    public static func opening<Host: BillingHost>(for host: Host.Type) -> [KeyBinding<Host, Host.AppEffect>] {
        [KeyBinding(keys: [.char("B")], screenCommand: BillingScreenCommand.openBilling,
                    help: "Open billing: balance, invoices, line items, statements", perform: { BillingReducer.openBilling(&$0) })]
    }

    /// The `:` verbs that open billing.
    public static func verbs<Host: BillingHost>(for host: Host.Type) -> [CommandVerb<Host, Host.AppEffect>] {
        [CommandVerb(["billing", "invoices"], help: "Open billing: invoices, this month's unbilled charges, line items") { _, state in
            BillingReducer.openBilling(&state)
        }]
    }
}
