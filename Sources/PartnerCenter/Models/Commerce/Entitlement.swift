import Foundation

/// Something the customer is entitled to (§3.6, §4.6); reserved instances carry an artifact whose link
/// leads to the reservation details.
public struct Entitlement: Codable, Hashable, Sendable {
    /// The order (and line) the entitlement came from.
    public struct ReferenceOrder: Codable, Hashable, Sendable {
        public var id: OrderID
        @Wire<WireText> public var lineItemId: String?
        public var alternateId: String?

        public init(id: OrderID, lineItemId: String?, alternateId: String?) {
            self.id = id
            self.lineItemId = lineItemId
            self.alternateId = alternateId
        }
    }

    public var referenceOrder: ReferenceOrder?
    public var productId: String
    public var skuId: String?
    public var quantity: Int
    public var entitlementType: String?
    public var entitledArtifacts: [Artifact]
    public var expiryDate: Date?
    public var fulfillmentState: String?
    /// The doc's example puts `dynamicAttributes` here rather than on the artifact; both are read.
    public var dynamicAttributes: [String: String]?
    public var attributes: ResourceAttributes?

    public init(
        referenceOrder: ReferenceOrder?, productId: String, skuId: String?, quantity: Int, entitlementType: String?,
        entitledArtifacts: [Artifact], expiryDate: Date?
    ) {
        self.referenceOrder = referenceOrder
        self.productId = productId
        self.skuId = skuId
        self.quantity = quantity
        self.entitlementType = entitlementType
        self.entitledArtifacts = entitledArtifacts
        self.expiryDate = expiryDate
        self.attributes = ResourceAttributes(objectType: "Entitlement")
    }

    private enum CodingKeys: String, CodingKey {
        case referenceOrder, productId, skuId, quantity, entitlementType, entitledArtifacts, expiryDate, fulfillmentState
        case dynamicAttributes, includedEntitlements, attributes
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        referenceOrder = try container.decodeIfPresent(ReferenceOrder.self, forKey: .referenceOrder)
        productId = try container.decode(String.self, forKey: .productId)
        skuId = try container.decodeIfPresent(String.self, forKey: .skuId)
        quantity = try container.read(WireCount.self, forKey: .quantity) ?? 0
        entitlementType = try container.decodeIfPresent(String.self, forKey: .entitlementType)
        entitledArtifacts = try container.decodeIfPresent([Artifact].self, forKey: .entitledArtifacts) ?? []
        expiryDate = try container.read(WireTimestamp.self, forKey: .expiryDate)
        fulfillmentState = try container.decodeIfPresent(String.self, forKey: .fulfillmentState)
        dynamicAttributes = try container.decodeIfPresent([String: String].self, forKey: .dynamicAttributes)
        attributes = try container.decodeIfPresent(ResourceAttributes.self, forKey: .attributes)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(referenceOrder, forKey: .referenceOrder)
        try container.encode(productId, forKey: .productId)
        try container.encodeIfPresent(skuId, forKey: .skuId)
        try container.encode(quantity, forKey: .quantity)
        try container.encodeIfPresent(entitlementType, forKey: .entitlementType)
        try container.encode(entitledArtifacts, forKey: .entitledArtifacts)
        try container.encode([String](), forKey: .includedEntitlements)
        try container.encodeIfPresent(expiryDate.map(WireDate.init), forKey: .expiryDate)
        try container.encodeIfPresent(fulfillmentState, forKey: .fulfillmentState)
        try container.encodeIfPresent(dynamicAttributes, forKey: .dynamicAttributes)
        try container.encodeIfPresent(attributes, forKey: .attributes)
    }

    /// The reservation type (`virtualmachines`, `sqldatabases`…), wherever the service put it.
    public var reservationType: String? {
        entitledArtifacts.compactMap { $0.dynamicAttributes?["reservationType"] }.first ?? dynamicAttributes?["reservationType"]
    }
}
