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
    public var creationDate: Date?
    public var status: OrderStatus
    public var lineItems: [OrderLineItem]
    public var totalPrice: Double?
    public var links: OrderLinks?
    public var attributes: ResourceAttributes?

    public init(
        id: OrderID, alternateId: String?, referenceCustomerId: CustomerID?, billingCycle: BillingCycle?,
        currencyCode: String?, currencySymbol: String?, creationDate: Date?, status: OrderStatus,
        lineItems: [OrderLineItem], totalPrice: Double? = nil
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

    private enum CodingKeys: String, CodingKey {
        case id, alternateId, referenceCustomerId, billingCycle, transactionType, currencyCode, currencySymbol
        case creationDate, status, lineItems, totalPrice, links, attributes
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(OrderID.self, forKey: .id)
        alternateId = try container.decodeIfPresent(String.self, forKey: .alternateId)
        referenceCustomerId = try container.decodeIfPresent(CustomerID.self, forKey: .referenceCustomerId)
        billingCycle = try container.decodeIfPresent(BillingCycle.self, forKey: .billingCycle)
        transactionType = try container.decodeIfPresent(String.self, forKey: .transactionType)
        currencyCode = try container.decodeIfPresent(String.self, forKey: .currencyCode)
        currencySymbol = try container.decodeIfPresent(String.self, forKey: .currencySymbol)
        creationDate = try container.decodeIfPresent(WireDate.self, forKey: .creationDate)?.date
        status = try container.decodeIfPresent(OrderStatus.self, forKey: .status) ?? .unknownStatus
        lineItems = try container.decodeIfPresent([OrderLineItem].self, forKey: .lineItems) ?? []
        totalPrice = try container.decodeIfPresent(LenientDouble.self, forKey: .totalPrice)?.value
        links = try container.decodeIfPresent(OrderLinks.self, forKey: .links)
        attributes = try container.decodeIfPresent(ResourceAttributes.self, forKey: .attributes)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encodeIfPresent(alternateId, forKey: .alternateId)
        try container.encodeIfPresent(referenceCustomerId, forKey: .referenceCustomerId)
        try container.encodeIfPresent(billingCycle, forKey: .billingCycle)
        try container.encodeIfPresent(transactionType, forKey: .transactionType)
        try container.encodeIfPresent(currencyCode, forKey: .currencyCode)
        try container.encodeIfPresent(currencySymbol, forKey: .currencySymbol)
        try container.encodeIfPresent(creationDate.map(WireDate.init), forKey: .creationDate)
        try container.encode(status, forKey: .status)
        try container.encode(lineItems, forKey: .lineItems)
        try container.encodeIfPresent(totalPrice, forKey: .totalPrice)
        try container.encodeIfPresent(links, forKey: .links)
        try container.encodeIfPresent(attributes, forKey: .attributes)
    }
}
