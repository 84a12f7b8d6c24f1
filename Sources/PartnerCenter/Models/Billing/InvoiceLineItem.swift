import Foundation

/// A one-time invoice line (§4.7 OneTimeInvoiceLineItem): what a reservation purchase was billed.
/// Only the fields reconciliation needs are typed; amounts and quantities decode from numbers or strings.
public struct InvoiceLineItem: Codable, Hashable, Sendable {
    @Wire<WireText> public var partnerId: String?
    @Wire<WireTenantText> public var customerId: String?
    @Wire<WireText> public var customerName: String?
    @Wire<WireText> public var customerDomainName: String?
    @Wire<WireText> public var customerCountry: String?
    @Wire<WireText> public var invoiceNumber: String?
    @Wire<WireText> public var mpnId: String?
    @Wire<WireText> public var orderId: String?
    @Wire<WireTimestamp> public var orderDate: Date?
    @Wire<WireText> public var productId: String?
    @Wire<WireText> public var skuId: String?
    @Wire<WireText> public var availabilityId: String?
    @Wire<WireText> public var productName: String?
    @Wire<WireText> public var skuName: String?
    @Wire<WireText> public var chargeType: String?
    @Wire<WireAmount> public var unitPrice: Decimal?
    @Wire<WireAmount> public var effectiveUnitPrice: Decimal?
    @Wire<WireText> public var unitType: String?
    @Wire<WireAmount> public var quantity: Decimal?
    @Wire<WireAmount> public var subtotal: Decimal?
    @Wire<WireAmount> public var taxTotal: Decimal?
    @Wire<WireAmount> public var totalForCustomer: Decimal?
    @Wire<WireText> public var currency: String?
    @Wire<WireText> public var subscriptionId: String?
    @Wire<WireText> public var subscriptionDescription: String?
    @Wire<WireTimestamp> public var chargeStartDate: Date?
    @Wire<WireTimestamp> public var chargeEndDate: Date?
    @Wire<WireText> public var termAndBillingCycle: String?
    @Wire<WireText> public var alternateId: String?
    @Wire<WireText> public var reservationOrderId: String?
    @Wire<WireText> public var billingFrequency: String?
    @Wire<WireText> public var invoiceLineItemType: String?
    @Wire<WireText> public var billingProvider: String?
    public var attributes: ResourceAttributes?

    public init() {
        invoiceLineItemType = "billing_line_items"
        billingProvider = "one_time"
        attributes = ResourceAttributes(objectType: "OneTimeInvoiceLineItem")
    }
}
