/// `/customers/{id}/subscriptions` (operation 3).
public struct SubscriptionsResource: Sendable {
    let client: PartnerCenterClient
    let customerPath: String

    /// All of the customer's subscriptions; the service does not page this collection.
    public func list() async throws -> [Subscription] {
        try await client.allItems(
            APIRequest(operation: "list subscriptions", path: customerPath + "/subscriptions"), of: Subscription.self)
    }
}
