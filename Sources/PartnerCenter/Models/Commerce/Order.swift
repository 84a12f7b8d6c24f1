import Foundation

/// An order (§4.5). Reservation orders have `billingCycle` one_time.
public struct Order: Codable, Hashable, Sendable, Identifiable {
    public var id: OrderID
    public var alternateId: String?
    public var referenceCustomerId: CustomerID?
    public var billingCycle: BillingCycle?
    public var transactionType: String?
    public var currencyCode: String?
    public var currencySymbol: String?
    @Wire<WireTimestamp> public var creationDate: Date?
    @WireOr<WireDecoded<OrderStatus>> public var status: OrderStatus
    @WireOr<WireDecoded<[OrderLineItem]>> public var lineItems: [OrderLineItem]
    @Wire<WireAmount> public var totalPrice: Decimal?
    public var links: OrderLinks?
    public var attributes: ResourceAttributes?

    public init(
        id: OrderID, alternateId: String?, referenceCustomerId: CustomerID?, billingCycle: BillingCycle?,
        currencyCode: String?, currencySymbol: String?, creationDate: Date?, status: OrderStatus,
        lineItems: [OrderLineItem], totalPrice: Decimal? = nil
    ) {
        self.id = id
        self.alternateId = alternateId
        self.referenceCustomerId = referenceCustomerId
        self.billingCycle = billingCycle
        self.transactionType = "UserPurchase"
        self.currencyCode = currencyCode
        self.currencySymbol = currencySymbol
        self.creationDate = creationDate
        self.status = status
        self.lineItems = lineItems
        self.totalPrice = totalPrice
        self.attributes = ResourceAttributes(objectType: "Order")
    }
}
