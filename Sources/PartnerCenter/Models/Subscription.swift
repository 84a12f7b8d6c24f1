import Foundation

/// A customer's subscription (§4.2): an MS-AZR-0145P Azure subscription, an Azure plan, or anything else.
public struct Subscription: Codable, Hashable, Sendable, Identifiable {
    /// The offer ID of the legacy CSP Azure offer.
    public static let legacyAzureOfferID = "MS-AZR-0145P"
    /// The prefix of Azure plan offer IDs (`DZH318Z0BPS6:0001:…`), inferred from the docs' examples.
    public static let azurePlanOfferPrefix = "DZH318Z0BPS6"

    public var id: SubscriptionID
    public var offerId: String
    public var offerName: String?
    /// The Azure subscription ID behind an MS-AZR-0145P subscription.
    public var entitlementId: String?
    public var friendlyName: String?
    public var quantity: Int?
    public var unitType: String?
    public var status: SubscriptionStatus
    public var billingType: String?
    public var billingCycle: BillingCycle?
    public var termDuration: String?
    public var creationDate: Date?
    public var effectiveStartDate: Date?
    public var commitmentEndDate: Date?
    public var autoRenewEnabled: Bool?
    public var isTrial: Bool?
    public var orderId: String?
    public var partnerId: String?
    public var links: ResourceLinks?
    public var attributes: ResourceAttributes?

    public init(
        id: SubscriptionID, offerId: String, offerName: String?, friendlyName: String?, status: SubscriptionStatus,
        entitlementId: String? = nil, quantity: Int? = 1, billingCycle: BillingCycle? = .monthly,
        creationDate: Date? = nil
    ) {
        self.id = id
        self.offerId = offerId
        self.offerName = offerName
        self.friendlyName = friendlyName
        self.status = status
        self.entitlementId = entitlementId
        self.quantity = quantity
        self.unitType = "Usage-based"
        self.billingCycle = billingCycle
        self.creationDate = creationDate
        self.attributes = ResourceAttributes(objectType: "Subscription")
    }

    private enum CodingKeys: String, CodingKey {
        case id, offerId, offerName, entitlementId, friendlyName, quantity, unitType, status, billingType
        case billingCycle, termDuration, creationDate, effectiveStartDate, commitmentEndDate, autoRenewEnabled
        case isTrial, orderId, partnerId, links, attributes
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(SubscriptionID.self, forKey: .id)
        offerId = try container.decode(String.self, forKey: .offerId)
        offerName = try container.decodeIfPresent(String.self, forKey: .offerName)
        entitlementId = try container.decodeIfPresent(String.self, forKey: .entitlementId)
        friendlyName = try container.decodeIfPresent(String.self, forKey: .friendlyName)
        quantity = try container.decodeIfPresent(LenientInt.self, forKey: .quantity)?.value
        unitType = try container.decodeIfPresent(String.self, forKey: .unitType)
        status = try container.decodeIfPresent(SubscriptionStatus.self, forKey: .status) ?? .none
        billingType = try container.decodeIfPresent(String.self, forKey: .billingType)
        billingCycle = try container.decodeIfPresent(BillingCycle.self, forKey: .billingCycle)
        termDuration = try container.decodeIfPresent(String.self, forKey: .termDuration)
        creationDate = try container.decodeIfPresent(WireDate.self, forKey: .creationDate)?.date
        effectiveStartDate = try container.decodeIfPresent(WireDate.self, forKey: .effectiveStartDate)?.date
        commitmentEndDate = try container.decodeIfPresent(WireDate.self, forKey: .commitmentEndDate)?.date
        autoRenewEnabled = try container.decodeIfPresent(Bool.self, forKey: .autoRenewEnabled)
        isTrial = try container.decodeIfPresent(Bool.self, forKey: .isTrial)
        orderId = try container.decodeIfPresent(String.self, forKey: .orderId)
        partnerId = try container.decodeIfPresent(String.self, forKey: .partnerId)
        links = try container.decodeIfPresent(ResourceLinks.self, forKey: .links)
        attributes = try container.decodeIfPresent(ResourceAttributes.self, forKey: .attributes)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(offerId, forKey: .offerId)
        try container.encodeIfPresent(offerName, forKey: .offerName)
        try container.encodeIfPresent(entitlementId, forKey: .entitlementId)
        try container.encodeIfPresent(friendlyName, forKey: .friendlyName)
        try container.encodeIfPresent(quantity, forKey: .quantity)
        try container.encodeIfPresent(unitType, forKey: .unitType)
        try container.encode(status, forKey: .status)
        try container.encodeIfPresent(billingType, forKey: .billingType)
        try container.encodeIfPresent(billingCycle, forKey: .billingCycle)
        try container.encodeIfPresent(termDuration, forKey: .termDuration)
        try container.encodeIfPresent(creationDate.map(WireDate.init), forKey: .creationDate)
        try container.encodeIfPresent(effectiveStartDate.map(WireDate.init), forKey: .effectiveStartDate)
        try container.encodeIfPresent(commitmentEndDate.map(WireDate.init), forKey: .commitmentEndDate)
        try container.encodeIfPresent(autoRenewEnabled, forKey: .autoRenewEnabled)
        try container.encodeIfPresent(isTrial, forKey: .isTrial)
        try container.encodeIfPresent(orderId, forKey: .orderId)
        try container.encodeIfPresent(partnerId, forKey: .partnerId)
        try container.encodeIfPresent(links, forKey: .links)
        try container.encodeIfPresent(attributes, forKey: .attributes)
    }

    /// What kind of Azure subscription this is, as far as reservations care.
    public var kind: SubscriptionKind {
        if offerId.uppercased() == Self.legacyAzureOfferID { return .legacyAzure }
        if offerId.uppercased().hasPrefix(Self.azurePlanOfferPrefix)
            || offerName?.localizedCaseInsensitiveContains("azure plan") == true
        {
            return .azurePlan
        }
        return .other
    }
}
