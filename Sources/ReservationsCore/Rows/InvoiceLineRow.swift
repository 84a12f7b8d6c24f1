import Foundation
import PartnerCenter

/// One invoice (or unbilled) line item as the billing and orders screens show it. The wire line stays inside for
/// the core's exports, which write every field.
public struct InvoiceLineRow: Equatable, Sendable {
    let item: InvoiceLineItem

    public init(_ item: InvoiceLineItem) { self.item = item }

    /// The customer's tenant ID, bare (no `org:`).
    public var customerID: String? { item.customerId }
    public var customerName: String? { item.customerName }
    public var customerDomainName: String? { item.customerDomainName }
    /// Empty for an unbilled charge until its month closes.
    public var invoiceNumber: String? { item.invoiceNumber }
    public var orderID: String? { item.orderId }
    public var reservationOrderID: String? { item.reservationOrderId }
    public var productName: String? { item.productName }
    public var skuName: String? { item.skuName }
    /// `new`, `cancel`, `renew`… as the service spells it.
    public var chargeType: String? { item.chargeType }
    public var quantity: Decimal? { item.quantity }
    public var totalForCustomer: Decimal? { item.totalForCustomer }
    public var currency: String? { item.currency }
}
