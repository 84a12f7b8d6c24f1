import PartnerCenter

/// One Azure subscription under an Azure plan, as the subscriptions screen lists them under the plan.
public struct AzureSubscriptionRow: Equatable, Sendable {
    /// Its friendly name, else its ID.
    public var name: String
    /// `active`, `disabled`… as the service spells it.
    public var statusText: String

    public init(_ entitlement: AzureEntitlement) {
        name = entitlement.friendlyName ?? entitlement.id
        statusText = entitlement.status.wireName
    }
}
