import ScreenKit

/// One screen module's effects (``BillingEffect``, ``CatalogEffect``…), carried by an ``Effect`` and run by the
/// handler the feature builds from the session's ``EffectContext``, whose answers the feature turns into the app's
/// ``Action``. ``EffectRunner`` keeps one handler per feature, made on first use, so it never lists the features.
protocol FeatureEffect: Equatable, Sendable {
    associatedtype Handler: FeatureEffectHandler where Handler.Handled == Self
    static func handler(in context: EffectContext) -> Handler
    /// The app's action for one of the handler's answers (`.orders(answer)`).
    static func action(for answer: Handler.Answer) -> Action
}

extension FeatureEffect {
    /// Whether `other` is the same effect of the same screen: what makes ``Effect`` equatable.
    func isEqual(to other: any FeatureEffect) -> Bool {
        (other as? Self) == self
    }
}

extension FeatureEffectHandler where Handled: FeatureEffect, Handled.Handler == Self {
    /// Runs `effect` on the app's tasks, its answers posted to the app's mailbox as ``Action``s.
    func run(_ effect: Handled, in tasks: EffectTasks) {
        run(effect, in: tasks.feature(Handled.action(for:)))
    }
}
