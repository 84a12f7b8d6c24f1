import Foundation
import Vocabulary
import ReservationsCore

/// What a customer's orders, their provisioning and their invoice lines answer, carried as `Action.orders(_:)`.
public enum OrdersAction: Equatable, Sendable {
    case ordersLoaded(CustomerID, [OrderRow])
    /// Orders this host placed that the customer's order list does not show yet (read by ID).
    case unlistedOrdersFound(CustomerID, [UnlistedOrder])
    case ordersFailed(CustomerID, String)
    case orderProvisioningLoaded(OrderID, [ProvisioningRow])
    case orderProvisioningFailed(OrderID, String)
    /// The order's invoice-line search chose this many invoices to read.
    case orderInvoiceLinesChosen(OrderID, invoices: Int)
    /// One invoice was read; `matches` are its lines of the order.
    case orderInvoiceLinesSearched(OrderID, matches: [InvoiceLineRow], searched: Int, total: Int)
    case orderInvoiceLinesFinished(OrderID)
    case orderInvoiceLinesFailed(OrderID, String)
    case orderLoaded(CustomerID, OrderRow)
    case orderLoadFailed(CustomerID, OrderID, String)
}
