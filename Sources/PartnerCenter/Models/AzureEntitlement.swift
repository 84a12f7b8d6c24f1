/// An Azure subscription under an Azure plan (§3.1, operation 3b): `id` is the Azure subscription ID,
/// `subscriptionId` the Partner Center plan subscription.
public struct AzureEntitlement: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var friendlyName: String?
    public var status: SubscriptionStatus
    public var subscriptionId: SubscriptionID?
    public var attributes: ResourceAttributes?

    public init(id: String, friendlyName: String?, status: SubscriptionStatus, subscriptionId: SubscriptionID?) {
        self.id = id
        self.friendlyName = friendlyName
        self.status = status
        self.subscriptionId = subscriptionId
        self.attributes = ResourceAttributes(objectType: "AzureEntitlement")
    }

    private enum CodingKeys: String, CodingKey { case id, friendlyName, status, subscriptionId, attributes }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        friendlyName = try container.decodeIfPresent(String.self, forKey: .friendlyName)
        status = try container.decodeIfPresent(SubscriptionStatus.self, forKey: .status) ?? .none
        subscriptionId = try container.decodeIfPresent(SubscriptionID.self, forKey: .subscriptionId)
        attributes = try container.decodeIfPresent(ResourceAttributes.self, forKey: .attributes)
    }
}
