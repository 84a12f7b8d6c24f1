import Foundation
import GRDB
import PartnerCenter

extension SandboxStore {
    /// Outcome of a registration request.
    enum RegistrationOutcome {
        case accepted
        case customerNotFound
        case subscriptionNotFound
        case notAzure
    }

    /// Starts registration: `registering` until `readyAt`, then `registered`. Registering again is harmless.
    func register(customerID: String, subscriptionID: String, readyAt: Date) throws -> RegistrationOutcome {
        try writer.write { db in
            guard try CustomerRecord.fetchOne(db, key: customerID) != nil else { return .customerNotFound }
            guard var subscription = try SubscriptionRecord.fetchOne(db, key: subscriptionID),
                subscription.customerId == customerID
            else { return .subscriptionNotFound }
            guard subscription.resource.kind != .other else { return .notAzure }
            if subscription.registrationStatus != "registered" {
                subscription.registrationStatus = "registering"
                subscription.registrationReadyAt = readyAt
                try subscription.update(db)
            }
            return .accepted
        }
    }

    /// A customer's subscription, with a `registering` one promoted to `registered` once its time has come.
    func subscription(customerID: String, subscriptionID: String, now: Date) throws -> SubscriptionRecord? {
        try writer.write { db in
            guard var subscription = try SubscriptionRecord.fetchOne(db, key: subscriptionID),
                subscription.customerId == customerID
            else { return nil }
            if subscription.registrationStatus == "registering", let ready = subscription.registrationReadyAt, ready <= now {
                subscription.registrationStatus = "registered"
                subscription.registrationReadyAt = nil
                try subscription.update(db)
            }
            return subscription
        }
    }
}
