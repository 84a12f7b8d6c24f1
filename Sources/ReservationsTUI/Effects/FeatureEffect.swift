import BillingFeature
import CatalogFeature
/// One feature's effects (``BillingEffect``, ``CatalogEffect``…), carried by an ``Effect`` case and run by the
/// handler the feature builds from the session's ``EffectContext``. ``EffectRunner`` keeps one handler per feature,
/// made on first use, so it never lists the features.
protocol FeatureEffect: Sendable {
    associatedtype Handler: EffectHandler where Handler.Handled == Self
    static func handler(in context: EffectContext) -> Handler
}
