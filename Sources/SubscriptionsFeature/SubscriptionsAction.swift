import ScreenKit
import Foundation
import Vocabulary
import ReservationsCore

/// What a customer's subscriptions and their registration answer, carried as `Action.subscriptions(_:)`.
public enum SubscriptionsAction: Equatable, Sendable {
    case subscriptionsLoaded(CustomerID, [SubscriptionRow])
    case subscriptionsFailed(CustomerID, String)
    /// The Azure subscriptions (entitlements) under an Azure plan.
    case azureEntitlementsLoaded(SubscriptionID, [AzureSubscriptionRow])
    case registrationStatusLoaded(SubscriptionID, SubscriptionRegistration)
    case registrationStatusFailed(SubscriptionID, String)
    /// A registration the operator asked for reached `registered`.
    case registrationFinished(SubscriptionID)
    case registrationFailed(SubscriptionID, String)
}
