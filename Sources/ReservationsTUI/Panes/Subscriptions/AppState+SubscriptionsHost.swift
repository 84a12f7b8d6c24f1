import SubscriptionsFeature

/// The app's state as the subscriptions module sees it (the list and the ones kept are stored on `AppState`).
extension AppState: SubscriptionsHost {
    public static func subscriptionsEffect(_ effect: SubscriptionsEffect) -> Effect { .subscriptions(effect) }
}

extension Effect {
    /// The subscriptions module's effect, as the reducers ask for it.
    public static func subscriptions(_ effect: SubscriptionsEffect) -> Effect { Effect(effect) }
}
