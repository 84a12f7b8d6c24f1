import Foundation

/// `/customers/{id}/subscriptions` (operation 3).
public struct SubscriptionsResource: Sendable {
    let client: PartnerCenterClient
    let customerPath: String

    /// All of the customer's subscriptions; the service does not page this collection.
    public func list() async throws -> [Subscription] {
        try await client.allItems(
            APIRequest(operation: "list subscriptions", path: customerPath + "/subscriptions"), of: Subscription.self)
    }

    /// One subscription's node.
    public func byID(_ id: SubscriptionID) -> SubscriptionResource {
        SubscriptionResource(client: client, path: customerPath + "/subscriptions/" + APIRequest.segment(id.rawValue))
    }
}

/// `/customers/{cid}/subscriptions/{sid}`: registration for reservations and, for Azure plans, the Azure
/// subscriptions under the plan.
public struct SubscriptionResource: Sendable {
    let client: PartnerCenterClient
    let path: String

    /// The subscription (operation 3 by ID), as the list items' `links.self` lead to it.
    public func get() async throws -> Subscription {
        try await client.send(APIRequest(operation: "get subscription", path: path), as: Subscription.self)
    }

    /// Registers the subscription for reservation purchases (operation 4): `202 Accepted` with a `Location`
    /// of the status to poll. Retries keep the same `MS-RequestId`, so a retried registration is not doubled.
    /// - Returns: the `Location` header, when the service sent one.
    @discardableResult
    public func register() async throws -> String? {
        let response = try await client.sendExpectingNoContent(
            APIRequest(operation: "register subscription", method: "POST", path: path + "/registrations"))
        return response.header("Location")
    }

    /// Where registration stands (operation 5); poll with backoff until `registered`.
    public func registrationStatus() async throws -> RegistrationStatus {
        try await client.send(
            APIRequest(operation: "get registration status", path: path + "/registrationstatus"), as: RegistrationStatus.self)
    }

    /// The Azure subscriptions under an Azure plan (operation 3b).
    public func azureEntitlements() async throws -> [AzureEntitlement] {
        try await client.allItems(
            APIRequest(operation: "list Azure entitlements", path: path + "/azureentitlements"), of: AzureEntitlement.self)
    }
}
