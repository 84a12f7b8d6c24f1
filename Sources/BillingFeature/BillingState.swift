import Vocabulary
import ReservationsCore
import TerminalUI
import ScreenKit

/// The billing pane: the partner's balance, invoice summaries per currency, this month's unbilled charges per
/// currency above the issued invoices, and the selected row's one-time line items.
public struct BillingState: ScreenState {
    public var balance: InvoiceSummaryRow?
    public var balanceLoad: LoadState = .idle
    /// One per currency.
    public var summaries: [InvoiceSummaryRow] = []
    public var summariesLoad: LoadState = .idle
    /// Newest first, as pages arrive.
    public var invoices: [InvoiceRow] = []
    public var invoicesLoad: LoadState = .idle
    /// This month's unbilled charges, one per currency asked about (empty ones included), alphabetical.
    public var unbilled: [UnbilledCharges] = []
    /// `loading(loaded:total:)` counts currencies.
    public var unbilledLoad: LoadState = .idle
    /// Currencies whose unbilled charges could not be read.
    public var unbilledFailures: [String] = []
    /// The cursor over `rows`.
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

    /// What the upper list shows: each currency with unbilled charges, then the invoices.
    public var rows: [BillingRow] { unbilled.filter { !$0.lines.isEmpty }.map(BillingRow.unbilled) + invoices.map(BillingRow.invoice) }

    public var selectedRow: BillingRow? {
        let rows = rows
        return rows.indices.contains(table.selectedIndex) ? rows[table.selectedIndex] : nil
    }

    /// The invoice under the cursor (nil on an unbilled row).
    public var selected: InvoiceRow? { if case .invoice(let invoice) = selectedRow { invoice } else { nil } }

    /// Adds one currency's unbilled charges, keeping the cursor on the row it was on (rows arrive while the
    /// operator may already be moving through the invoices).
    public mutating func addUnbilled(_ charges: UnbilledCharges) {
        let before = selectedRow?.id
        unbilled.removeAll { $0.currency == charges.currency }
        unbilled.append(charges)
        unbilled.sort { $0.currency < $1.currency }
        let rows = rows
        if let before, let index = rows.firstIndex(where: { $0.id == before }) { table.select(index, count: rows.count) }
        table.clamp(count: rows.count)
    }

    /// The line item under the cursor of the line-item list.
    public var selectedLineItem: InvoiceLineRow? {
        guard let lineItems else { return nil }
        let shown = lineItems.shown
        return shown.indices.contains(lineItems.table.selectedIndex) ? shown[lineItems.table.selectedIndex] : nil
    }

    /// One-time charges per month and currency, from the invoices loaded so far and this month's unbilled charges.
    public var chartSeries: [MonthlyCharges] { MonthlyCharges.series(of: invoices, unbilled: unbilled) }

    /// Whether `/` is typing into the line-item filter.
    public var isEditingFilter: Bool { lineItems?.isEditingFilter == true }
}

/// One invoice's (or one currency's unbilled) one-time line items, loaded page by page, with a filter by customer
/// or order.
public struct InvoiceLineItemsState: Equatable, Sendable {
    public var source: BillingRow.ID
    public var items: [InvoiceLineRow] = []
    public var load: LoadState = .loading(loaded: 0, total: nil)
    public var filter = TextField()
    public var isEditingFilter = false
    public var table = TableState()
    /// Indices into `items` that match the filter, in order.
    public private(set) var matches: [Int] = []

    public init(source: BillingRow.ID) { self.source = source }

    /// The invoice whose lines these are (nil for unbilled charges).
    public var invoiceID: InvoiceID? { if case .invoice(let id) = source { id } else { nil } }

    /// The line items the screen shows (and an export writes).
    public var shown: [InvoiceLineRow] { matches.map { items[$0] } }

    public mutating func append(_ page: [InvoiceLineRow]) {
        let start = items.count
        items += page
        matches += (start..<items.count).filter { Self.matches(items[$0], filter.text) }
    }

    public mutating func applyFilter() {
        matches = items.indices.filter { Self.matches(items[$0], filter.text) }
        table.clamp(count: matches.count)
    }

    /// Every word must appear in the customer name, customer ID, domain, order ID or reservation order ID.
    static func matches(_ item: InvoiceLineRow, _ text: String) -> Bool {
        let words = text.lowercased().split(separator: " ")
        guard !words.isEmpty else { return true }
        let haystack = [item.customerName, item.customerID, item.customerDomainName, item.orderID, item.reservationOrderID]
            .compactMap { $0?.lowercased() }.joined(separator: " ")
        return words.allSatisfy { haystack.contains($0) }
    }
}

extension InvoiceLineItemsState: FilteredList {}
