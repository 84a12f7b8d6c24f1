/// One line of an order (§4.5). `offerId` is the catalog item ID that was bought.
public struct OrderLineItem: Codable, Hashable, Sendable {
    @WireRequired<WireCount> public var lineItemNumber: Int
    public var offerId: String
    public var subscriptionId: String?
    public var parentSubscriptionId: String?
    public var friendlyName: String?
    @WireRequired<WireCount> public var quantity: Int
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
}
