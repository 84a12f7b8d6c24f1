import Foundation
import GRDB
import PartnerCenter

/// A subscription as the sandbox stores it, with its reservation registration state.
struct SubscriptionRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "subscription"

    var id: String
    var customerId: String
    var ordinal: Int
    var offerId: String
    var offerName: String
    var friendlyName: String
    var status: String
    var entitlementId: String?
    var quantity: Int
    var billingCycle: String
    var creationDate: Date
    /// `notregistered`, `registering` or `registered`.
    var registrationStatus: String
    /// When a `registering` subscription becomes `registered`.
    var registrationReadyAt: Date?

    var resource: Subscription {
        var subscription = Subscription(
            id: SubscriptionID(id), offerId: offerId, offerName: offerName, friendlyName: friendlyName,
            status: SubscriptionStatus(wire: status), entitlementId: entitlementId, quantity: quantity,
            billingCycle: BillingCycle(wire: billingCycle), creationDate: creationDate)
        subscription.effectiveStartDate = creationDate
        subscription.autoRenewEnabled = offerId != Subscription.legacyAzureOfferID
        subscription.isTrial = false
        subscription.links = ResourceLinks(selfLink: Link(uri: "/customers/\(customerId)/subscriptions/\(id)"))
        return subscription
    }
}
