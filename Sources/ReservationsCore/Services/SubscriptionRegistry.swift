import PartnerCenter

/// A customer's subscriptions as registration needs them (§3.1): the Microsoft.Capacity registration status,
/// registering, and the Azure subscriptions under an Azure plan. Client calls only; the interface decides what the
/// answers mean.
public struct SubscriptionRegistry: Sendable {
    let client: PartnerCenterClient

    public init(client: PartnerCenterClient) {
        self.client = client
    }

    public func registrationStatus(customerID: CustomerID, subscriptionID: SubscriptionID) async throws -> RegistrationStatus {
        try await subscription(customerID, subscriptionID).registrationStatus()
    }

    /// Asks Partner Center to register the subscription for reservations; the status then moves on its own.
    public func register(customerID: CustomerID, subscriptionID: SubscriptionID) async throws {
        _ = try await subscription(customerID, subscriptionID).register()
    }

    /// The Azure subscriptions under the Azure plan `plan`.
    public func azureEntitlements(customerID: CustomerID, plan: SubscriptionID) async throws -> [AzureEntitlement] {
        try await subscription(customerID, plan).azureEntitlements()
    }

    private func subscription(_ customerID: CustomerID, _ id: SubscriptionID) -> SubscriptionResource {
        client.customers.byID(customerID).subscriptions.byID(id)
    }
}
