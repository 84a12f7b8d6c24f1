/// Runs one screen module's effects (``OrdersEffect``…) with that module's services, answering with the module's
/// own actions. The app adapts it to its ``EffectHandler`` by wrapping the answers.
public protocol FeatureEffectHandler: Sendable {
    associatedtype Handled: Sendable
    associatedtype Answer: Sendable
    func run(_ effect: Handled, in tasks: FeatureTasks<Answer>)
}
