import Vocabulary
import ReservationsCore
import ScreenKit

/// Reconciliation of one order: its one-time invoice lines, found by reading a bounded set of invoices.
public struct OrderInvoiceLines: Equatable, Sendable {
    public var orderID: OrderID
    public var items: [InvoiceLineRow] = []
    /// Invoices read so far, and how many will be.
    public var searched = 0
    public var total: Int?
    public var load: LoadState = .loading(loaded: 0, total: nil)

    public init(orderID: OrderID) { self.orderID = orderID }
}
