import PartnerCenter

/// One of a customer's subscriptions as the subscriptions screen, the catalog and the cart show it.
public struct SubscriptionRow: Equatable, Sendable {
    public var id: SubscriptionID
    public var offerID: String
    public var offerName: String?
    public var friendlyName: String?
    /// The Azure subscription behind an Azure plan's entitlement, when the service says.
    public var entitlementID: String?
    /// `active`, `suspended`… as the service spells it.
    public var statusText: String
    public var isActive: Bool
    /// Which reservation catalog it buys from.
    public var kind: SubscriptionKind

    public init(_ subscription: Subscription) {
        id = subscription.id
        offerID = subscription.offerId
        offerName = subscription.offerName
        friendlyName = subscription.friendlyName
        entitlementID = subscription.entitlementId
        statusText = subscription.status.wireName
        isActive = subscription.status == .active
        kind = subscription.kind
    }

    /// A subscription a cart line names that the customer's list does not show (or that is not loaded): only its
    /// ID and name are known; its status is left to preflight.
    public static func unlisted(id: SubscriptionID, name: String) -> SubscriptionRow {
        SubscriptionRow(Subscription(id: id, offerId: "", offerName: nil, friendlyName: name, status: .active))
    }

    /// The name operators know a subscription by.
    public var displayName: String { friendlyName ?? offerName ?? offerID }
}
