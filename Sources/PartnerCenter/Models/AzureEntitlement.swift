/// An Azure subscription under an Azure plan (§3.1, operation 3b): `id` is the Azure subscription ID,
/// `subscriptionId` the Partner Center plan subscription.
public struct AzureEntitlement: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var friendlyName: String?
    @WireOr<WireDecoded<SubscriptionStatus>> public var status: SubscriptionStatus
    public var subscriptionId: SubscriptionID?
    public var attributes: ResourceAttributes?

    public init(id: String, friendlyName: String?, status: SubscriptionStatus, subscriptionId: SubscriptionID?) {
        self.id = id
        self.friendlyName = friendlyName
        self.status = status
        self.subscriptionId = subscriptionId
        self.attributes = ResourceAttributes(objectType: "AzureEntitlement")
    }
}
