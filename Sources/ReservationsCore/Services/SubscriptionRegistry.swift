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

    // MARK: - As the screens show them

    public func registration(customerID: CustomerID, subscriptionID: SubscriptionID) async throws -> SubscriptionRegistration {
        SubscriptionRegistration(try await registrationStatus(customerID: customerID, subscriptionID: subscriptionID).status)
    }

    public func azureSubscriptions(customerID: CustomerID, plan: SubscriptionID) async throws -> [AzureSubscriptionRow] {
        try await azureEntitlements(customerID: customerID, plan: plan).map(AzureSubscriptionRow.init)
    }

    /// Follows the registration with `waiter` until it is registered, reporting each status read.
    public func waitUntilRegistered(
        customerID: CustomerID, subscriptionID: SubscriptionID, waiter: RegistrationWaiter,
        onStatus: @escaping @Sendable (SubscriptionRegistration) -> Void
    ) async throws {
        _ = try await waiter.wait(
            status: { try await registrationStatus(customerID: customerID, subscriptionID: subscriptionID) },
            onStatus: { onStatus(SubscriptionRegistration($0.status)) })
    }

    private func subscription(_ customerID: CustomerID, _ id: SubscriptionID) -> SubscriptionResource {
        client.customers.byID(customerID).subscriptions.byID(id)
    }
}
