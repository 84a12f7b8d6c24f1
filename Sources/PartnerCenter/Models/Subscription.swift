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
    @Wire<WireCount> public var quantity: Int?
    public var unitType: String?
    @WireOr<WireDecoded<SubscriptionStatus>> public var status: SubscriptionStatus
    public var billingType: String?
    public var billingCycle: BillingCycle?
    public var termDuration: String?
    @Wire<WireTimestamp> public var creationDate: Date?
    @Wire<WireTimestamp> public var effectiveStartDate: Date?
    @Wire<WireTimestamp> public var commitmentEndDate: Date?
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
