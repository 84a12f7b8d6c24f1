import Foundation
import PartnerCenter

/// Reconciliation from an order to the bill: the one-time lines whose `orderId` is the order's.
///
/// There is no "line items of an order" call (§3.6/§3.7). A new purchase is an *unbilled* charge until its period
/// closes, so the search reads the unbilled charges of the order's currency first (reported as invoice
/// `unbilled`), then invoices' lines (Graph export or v1, see `oneTimeLines(of:)`). The invoice part is
/// bounded: only one-time invoices in the order's currency, dated from the order's month on (a charge lands
/// on the invoice after the purchase, refunds later), oldest first, at most `maximumInvoices` of them, one
/// invoice at a time.
public struct OrderInvoiceLineSearch: Sendable {
    /// Progress of a search.
    public enum Event: Equatable, Sendable {
        /// This many invoices will be read.
        case invoicesChosen(Int)
        /// One invoice was read; `matches` are its lines of the order (often none).
        case invoiceSearched(InvoiceID, matches: [InvoiceLineItem], searched: Int, total: Int)
    }

    public static let defaultMaximumInvoices = 24
    /// Stands for "not on an invoice yet" in search results.
    public static let unbilled = InvoiceID("unbilled")

    let client: PartnerCenterClient
    let maximumInvoices: Int

    public init(client: PartnerCenterClient, maximumInvoices: Int = OrderInvoiceLineSearch.defaultMaximumInvoices) {
        self.client = client
        self.maximumInvoices = max(1, maximumInvoices)
    }

    /// Searches for `orderID`'s lines. Cancelling the consuming task stops after the page in flight.
    public func lines(of orderID: OrderID, orderDate: Date?, currency: String?) -> AsyncThrowingStream<Event, any Error> {
        let client = self.client
        let maximum = maximumInvoices
        return AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    let invoices = try await client.allItems(from: try await client.invoices.list(size: 200))
                    let chosen = Self.candidates(invoices, orderDate: orderDate, currency: currency, maximum: maximum)
                    let total = chosen.count + (currency == nil ? 0 : 1)
                    continuation.yield(.invoicesChosen(total))
                    var searched = 0
                    if let currency {
                        let unbilled = try await client.unbilledOneTimeLines(currency: currency)
                        searched += 1
                        continuation.yield(
                            .invoiceSearched(Self.unbilled, matches: unbilled.filter { Self.belongs($0, to: orderID) }, searched: searched, total: total))
                    }
                    for invoice in chosen {
                        try Task.checkCancellation()
                        let lines = try await client.oneTimeLines(of: invoice)
                        searched += 1
                        continuation.yield(
                            .invoiceSearched(invoice.id, matches: lines.filter { Self.belongs($0, to: orderID) }, searched: searched, total: total))
                    }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    /// The invoices worth reading for an order: one-time, same currency (when known), from the order's month on,
    /// oldest first, at most `maximum`.
    public static func candidates(_ invoices: [Invoice], orderDate: Date?, currency: String?, maximum: Int) -> [Invoice] {
        let from = orderDate.map(MonthlyCharges.startOfMonth)
        return invoices
            .filter { invoice in
                guard invoice.isOneTime else { return false }
                if let currency, let code = invoice.currencyCode, code.uppercased() != currency.uppercased() { return false }
                if let from, let date = invoice.invoiceDate, date < from { return false }
                return true
            }
            .sorted { ($0.invoiceDate ?? .distantFuture, $0.id.rawValue) < ($1.invoiceDate ?? .distantFuture, $1.id.rawValue) }
            .prefix(maximum).map { $0 }
    }

    /// Order IDs compare without regard to case: the docs show both spellings.
    public static func belongs(_ item: InvoiceLineItem, to orderID: OrderID) -> Bool {
        item.orderId?.caseInsensitiveCompare(orderID.rawValue) == .orderedSame
    }
}
