import Foundation
import Vocabulary
import ReservationsCore

/// A customer's orders, their provisioning and invoice lines, carried as `Effect.orders(_:)` and run by
/// ``OrderEffects``.
public enum OrdersEffect: Equatable, Sendable {
    case loadOrders(CustomerID, oneTimeOnly: Bool)
    /// Read an order's provisioning, following the order's `links.provisioningStatus` when it had one.
    case loadOrderProvisioning(CustomerID, OrderID, link: OrderRow.ProvisioningLink? = nil)
    /// Search a bounded set of one-time invoices for an order's lines, replacing any such search.
    case findOrderInvoiceLines(OrderID, orderDate: Date?, currency: String?)
    case cancelOrderInvoiceLines
    /// Fetch one order by ID (an order opened from an invoice line).
    case loadOrder(CustomerID, OrderID)
}
