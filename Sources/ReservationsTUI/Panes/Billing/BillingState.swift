import PartnerCenter
import ReservationsCore
import TerminalUI

/// The billing pane: the partner's balance, invoice summaries per currency, the invoice list, and the
/// selected invoice's one-time line items.
public struct BillingState: Equatable, Sendable {
    public var balance: InvoiceSummary?
    public var balanceLoad: LoadState = .idle
    /// One per currency.
    public var summaries: [InvoiceSummary] = []
    public var summariesLoad: LoadState = .idle
    /// Newest first, as pages arrive.
    public var invoices: [Invoice] = []
    public var invoicesLoad: LoadState = .idle
    public var table = TableState()
    /// The opened invoice's line items, once Enter asked for them.
    public var lineItems: InvoiceLineItemsState?
    /// Movement keys move through the line items instead of the invoices (Tab switches).
    public var isLineItemsFocused = false
    /// The lower area shows the one-time charges chart instead of the line items (`c`).
    public var showsChart = false
    /// Which currency's series the chart shows (`n` cycles), an index into `chartSeries`.
    public var chartCurrencyIndex = 0

    public init() {}

    public var selected: Invoice? { invoices.indices.contains(table.selectedIndex) ? invoices[table.selectedIndex] : nil }

    /// The line item under the cursor of the line-item list.
    public var selectedLineItem: InvoiceLineItem? {
        guard let lineItems else { return nil }
        let shown = lineItems.shown
        return shown.indices.contains(lineItems.table.selectedIndex) ? shown[lineItems.table.selectedIndex] : nil
    }

    /// One-time charges per month and currency, from the invoices loaded so far.
    public var chartSeries: [MonthlyCharges] { MonthlyCharges.series(from: invoices) }

    /// Whether `/` is typing into the line-item filter.
    public var isEditingFilter: Bool { lineItems?.isEditingFilter == true }
}

/// One invoice's one-time line items, loaded page by page, with a filter by customer or order.
public struct InvoiceLineItemsState: Equatable, Sendable {
    public var invoiceID: InvoiceID
    public var items: [InvoiceLineItem] = []
    public var load: LoadState = .loading(loaded: 0, total: nil)
    public var filter = TextField()
    public var isEditingFilter = false
    public var table = TableState()
    /// Indices into `items` that match the filter, in order.
    public private(set) var matches: [Int] = []

    public init(invoiceID: InvoiceID) { self.invoiceID = invoiceID }

    /// The line items the screen shows (and an export writes).
    public var shown: [InvoiceLineItem] { matches.map { items[$0] } }

    public mutating func append(_ page: [InvoiceLineItem]) {
        let start = items.count
        items += page
        matches += (start..<items.count).filter { Self.matches(items[$0], filter.text) }
    }

    public mutating func applyFilter() {
        matches = items.indices.filter { Self.matches(items[$0], filter.text) }
        table.clamp(count: matches.count)
    }

    /// Every word must appear in the customer name, customer ID, domain, order ID or reservation order ID.
    static func matches(_ item: InvoiceLineItem, _ text: String) -> Bool {
        let words = text.lowercased().split(separator: " ")
        guard !words.isEmpty else { return true }
        let haystack = [item.customerName, item.customerId, item.customerDomainName, item.orderId, item.reservationOrderId]
            .compactMap { $0?.lowercased() }.joined(separator: " ")
        return words.allSatisfy { haystack.contains($0) }
    }
}
