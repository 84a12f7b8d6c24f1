import SubscriptionsFeature

/// The app's state as the subscriptions module sees it (the list and the ones kept are stored on `AppState`).
extension AppState: SubscriptionsHost {
    public static func subscriptionsEffect(_ effect: SubscriptionsEffect) -> Effect { .subscriptions(effect) }
}
