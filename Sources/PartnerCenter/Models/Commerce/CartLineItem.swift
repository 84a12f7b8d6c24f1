/// One line of a cart (§3.4, §4.3): what to buy, how many, for which term and scope.
public struct CartLineItem: Codable, Hashable, Sendable, Identifiable {
    /// Client-chosen line number, 0..n-1.
    public var id: Int
    /// `Availability.catalogItemId` (`product:sku:availability`); the doc tables call it `catalogId`.
    public var catalogItemID: CatalogItemID
    public var quantity: Int
    public var billingCycle: BillingCycle
    /// ISO 8601 duration: `P1Y` or `P3Y`, one of the availability's terms.
    public var termDuration: String?
    public var friendlyName: String?
    public var currencyCode: String?
    /// Keys from the SKU's `provisioningVariables`: `subscriptionId`, `scope`, `duration`.
    public var provisioningContext: [String: String]
    /// Server-populated: which order the line will land in.
    public var orderGroup: String?
    /// Server-populated: what is wrong with the line.
    public var error: CartError?

    public init(
        id: Int, catalogItemID: CatalogItemID, quantity: Int, billingCycle: BillingCycle = .oneTime, termDuration: String?,
        friendlyName: String? = nil, provisioningContext: [String: String] = [:]
    ) {
        self.id = id
        self.catalogItemID = catalogItemID
        self.quantity = quantity
        self.billingCycle = billingCycle
        self.termDuration = termDuration
        self.friendlyName = friendlyName
        self.provisioningContext = provisioningContext
    }

    private enum CodingKeys: String, CodingKey {
        case id, catalogItemId, catalogId, quantity, billingCycle, termDuration, friendlyName, currencyCode
        case provisioningContext, orderGroup, error
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.read(WireCount.self, requiredKey: .id)
        // The wire name is catalogItemId; the doc tables say catalogId. Accept both.
        if let value = try container.decodeIfPresent(CatalogItemID.self, forKey: .catalogItemId) {
            catalogItemID = value
        } else {
            catalogItemID = try container.decode(CatalogItemID.self, forKey: .catalogId)
        }
        quantity = try container.read(WireCount.self, requiredKey: .quantity)
        billingCycle = try container.decodeIfPresent(BillingCycle.self, forKey: .billingCycle) ?? .oneTime
        termDuration = try container.decodeIfPresent(String.self, forKey: .termDuration)
        friendlyName = try container.decodeIfPresent(String.self, forKey: .friendlyName)
        currencyCode = try container.decodeIfPresent(String.self, forKey: .currencyCode)
        provisioningContext = try container.decodeIfPresent([String: String].self, forKey: .provisioningContext) ?? [:]
        orderGroup = try container.read(WireText.self, forKey: .orderGroup)
        error = try container.decodeIfPresent(CartError.self, forKey: .error)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(catalogItemID, forKey: .catalogItemId)
        try container.encode(quantity, forKey: .quantity)
        try container.encode(billingCycle, forKey: .billingCycle)
        try container.encodeIfPresent(termDuration, forKey: .termDuration)
        try container.encodeIfPresent(friendlyName, forKey: .friendlyName)
        try container.encodeIfPresent(currencyCode, forKey: .currencyCode)
        try container.encode(provisioningContext, forKey: .provisioningContext)
        try container.encodeIfPresent(orderGroup, forKey: .orderGroup)
        try container.encodeIfPresent(error, forKey: .error)
    }
}
