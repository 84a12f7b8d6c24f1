import ReservationsCore
import BillingFeature

// How the app carries the billing module's answers and effects: its actions reach `BillingReducer` as
// `Action.billing`, and its effects run in `BillingEffects`, answering through the app's mailbox.

extension BillingAction: ScreenAnswer {
    func reduce(_ state: inout AppState) -> [Effect] { BillingReducer.reduce(self, &state) }
}

extension Effect {
    /// The billing module's effect, as the reducers ask for it.
    public static func billing(_ effect: BillingEffect) -> Effect { Effect(effect) }
}

extension BillingEffect: FeatureEffect {
    static func handler(in context: EffectContext) -> BillingEffects {
        BillingEffects(desk: BillingDesk(client: context.directory.client), clock: context.clock)
    }

    static func action(for answer: BillingAction) -> Action { .billing(answer) }
}
