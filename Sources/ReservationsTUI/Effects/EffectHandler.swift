import BillingFeature
import CatalogFeature
/// Runs one feature's effects (customers, catalog, billing…): it holds only that feature's services, starts each
/// effect as a task in ``EffectTasks`` and answers with actions in the tasks' mailbox. ``EffectRunner`` routes.
protocol EffectHandler: Sendable {
    /// The feature's own effects (``CatalogEffect``, ``BillingEffect``…).
    associatedtype Handled: Sendable
    func run(_ effect: Handled, in tasks: EffectTasks)
}
