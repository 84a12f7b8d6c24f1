import ScreenKit
import Vocabulary

/// What the subscriptions list needs of the app: the selected customer's subscriptions, the ones of customers
/// selected before (kept for the session), and how its effects travel. The list is loaded by the customers' effects.
public protocol SubscriptionsHost: ScreenHost {
    var subscriptions: SubscriptionsState { get set }
    /// The subscriptions of customers selected before in this session, so moving back to one shows them at once.
    var subscriptionsSeen: [CustomerID: SubscriptionsState] { get set }
    /// The app's effect carrying one of the subscriptions list's.
    static func subscriptionsEffect(_ effect: SubscriptionsEffect) -> AppEffect
}
