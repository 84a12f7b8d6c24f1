/// I/O the reducer asks for: one screen module's effect (`BillingEffect`, `OrdersEffect`…), which ``EffectRunner``
/// hands to that module's handler and whose answers come back as actions.
///
/// A struct rather than an enum with a case per screen: each screen's folder in the app (`Panes/<Name>`) names its
/// own wrapper, `Effect.orders(_:)`, so adding a screen does not touch this file.
public struct Effect: Equatable, Sendable {
    /// The screen's own effect, which knows its handler.
    let featureEffect: any FeatureEffect

    init(_ featureEffect: some FeatureEffect) {
        self.featureEffect = featureEffect
    }

    /// The screen's effect inside when it is of `type`, for matching one (`effect.feature(CartEffect.self)`).
    public func feature<Feature>(_ type: Feature.Type) -> Feature? {
        featureEffect as? Feature
    }

    public static func == (lhs: Effect, rhs: Effect) -> Bool {
        lhs.featureEffect.isEqual(to: rhs.featureEffect)
    }
}

extension Effect: CustomStringConvertible {
    /// The screen's effect as its own type prints it (`loadOrders(…)`), for test failures and the log.
    public var description: String { String(describing: featureEffect) }
}
