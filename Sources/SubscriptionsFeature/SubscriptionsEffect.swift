import Foundation
import Vocabulary
import ReservationsCore
import ScreenKit

/// Registration reads and registering, carried as `Effect.subscriptions(_:)` and run by ``RegistrationEffects``.
public enum SubscriptionsEffect: Equatable, Sendable {
    /// Fetch the Azure subscriptions under these Azure plans.
    case loadAzureEntitlements(CustomerID, [SubscriptionID])
    /// Fetch the registration status of these Azure subscriptions.
    case loadRegistrationStatuses(CustomerID, [SubscriptionID])
    /// Register a subscription for reservations and poll until it is registered.
    case registerSubscription(CustomerID, SubscriptionID)
}
