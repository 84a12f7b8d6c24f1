/// One line of an order (§4.5). `offerId` is the catalog item ID that was bought.
public struct OrderLineItem: Codable, Hashable, Sendable {
    public var lineItemNumber: Int
    public var offerId: String
    public var subscriptionId: String?
    public var parentSubscriptionId: String?
    public var friendlyName: String?
    public var quantity: Int
    public var termDuration: String?
    public var transactionType: String?
    public var partnerIdOnRecord: String?
    public var provisioningContext: [String: String]?
    public var links: ResourceLinks?

    public init(
        lineItemNumber: Int, offerId: String, friendlyName: String?, quantity: Int, termDuration: String?,
        transactionType: String? = "New", provisioningContext: [String: String]? = nil
    ) {
        self.lineItemNumber = lineItemNumber
        self.offerId = offerId
        self.friendlyName = friendlyName
        self.quantity = quantity
        self.termDuration = termDuration
        self.transactionType = transactionType
        self.provisioningContext = provisioningContext
    }

    private enum CodingKeys: String, CodingKey {
        case lineItemNumber, offerId, subscriptionId, parentSubscriptionId, friendlyName, quantity, termDuration
        case transactionType, partnerIdOnRecord, provisioningContext, links
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        lineItemNumber = try container.decode(LenientInt.self, forKey: .lineItemNumber).value
        offerId = try container.decode(String.self, forKey: .offerId)
        subscriptionId = try container.decodeIfPresent(String.self, forKey: .subscriptionId)
        parentSubscriptionId = try container.decodeIfPresent(String.self, forKey: .parentSubscriptionId)
        friendlyName = try container.decodeIfPresent(String.self, forKey: .friendlyName)
        quantity = try container.decode(LenientInt.self, forKey: .quantity).value
        termDuration = try container.decodeIfPresent(String.self, forKey: .termDuration)
        transactionType = try container.decodeIfPresent(String.self, forKey: .transactionType)
        partnerIdOnRecord = try container.decodeIfPresent(String.self, forKey: .partnerIdOnRecord)
        provisioningContext = try container.decodeIfPresent([String: String].self, forKey: .provisioningContext)
        links = try container.decodeIfPresent(ResourceLinks.self, forKey: .links)
    }
}
