import Foundation
import Hummingbird
import PartnerCenter

/// Operations 3 (by ID), 3b, 4 and 5: a subscription, the Azure subscriptions under a plan, registration for
/// reservations, and its status.
struct SubscriptionRoutes {
    let store: SandboxStore
    let behavior: SandboxBehavior
    let clock: SandboxClock

    func register(on router: Router<SandboxRequestContext>) {
        let base = "/v1/customers/:customerId/subscriptions/:subscriptionId"
        // The target of every subscription's `links.self` (operation 3, by ID).
        router.get(RouterPath(base)) { _, context in
            let (customerID, subscriptionID) = try ids(context)
            return try JSONResponse.make(try requireSubscription(customerID, subscriptionID).resource)
        }
        router.post(RouterPath(base + "/registrations")) { _, context in
            let (customerID, subscriptionID) = try ids(context)
            switch try store.register(
                customerID: customerID, subscriptionID: subscriptionID, readyAt: clock.now.addingTimeInterval(behavior.registrationDelay))
            {
            case .accepted:
                var response = Response(status: .accepted)
                response.headers[.location] = "/customers/\(customerID)/subscriptions/\(subscriptionID)/registrationstatus"
                return response
            case .customerNotFound:
                throw SandboxError.notFound("Customer \(customerID)", code: "800002")
            case .subscriptionNotFound:
                throw SandboxError.notFound("Subscription \(subscriptionID)", code: "20003")
            case .notAzure:
                throw SandboxError(
                    status: .badRequest, code: "800011",
                    description: "Subscription \(subscriptionID) is not an Azure subscription; only MS-AZR-0145P and Azure plans can be registered.")
            }
        }
        router.get(RouterPath(base + "/registrationstatus")) { _, context in
            let (customerID, subscriptionID) = try ids(context)
            let subscription = try requireSubscription(customerID, subscriptionID)
            return try JSONResponse.make(
                RegistrationStatus(
                    subscriptionId: SubscriptionID(subscription.id),
                    status: RegistrationStatus.State(wire: subscription.registrationStatus)))
        }
        router.get(RouterPath(base + "/azureentitlements")) { _, context in
            let (customerID, subscriptionID) = try ids(context)
            let subscription = try requireSubscription(customerID, subscriptionID)
            guard subscription.resource.kind == .azurePlan else {
                throw SandboxError.badRequest("Subscription \(subscriptionID) is not an Azure plan.", code: "800011")
            }
            var collection = ResourceCollection(items: Self.azureEntitlements(of: subscription))
            collection.links = ResourceLinks(selfLink: Link(uri: "/customers/\(customerID)/subscriptions/\(subscriptionID)/azureentitlements"))
            return try JSONResponse.make(collection)
        }
    }

    private func ids(_ context: SandboxRequestContext) throws -> (String, String) {
        (try context.parameters.require("customerId"), try context.parameters.require("subscriptionId"))
    }

    private func requireSubscription(_ customerID: String, _ subscriptionID: String) throws -> SubscriptionRecord {
        guard try store.customer(id: customerID) != nil else { throw SandboxError.notFound("Customer \(customerID)", code: "800002") }
        guard let subscription = try store.subscription(customerID: customerID, subscriptionID: subscriptionID, now: clock.now) else {
            throw SandboxError.notFound("Subscription \(subscriptionID)", code: "20003")
        }
        return subscription
    }

    /// One to three Azure subscriptions under a plan, derived from the plan's ID so they never change.
    static func azureEntitlements(of plan: SubscriptionRecord) -> [AzureEntitlement] {
        var random = SeededGenerator(seed: StableHash.of(plan.id))
        let count = 1 + Int(random.next() % 3)
        let names = ["Production", "Development", "Shared services"]
        return (0..<count).map { index in
            AzureEntitlement(
                id: random.guid(), friendlyName: names[index], status: plan.status == "active" ? .active : SubscriptionStatus(wire: plan.status),
                subscriptionId: SubscriptionID(plan.id))
        }
    }
}
