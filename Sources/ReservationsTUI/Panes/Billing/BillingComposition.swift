import ReservationsCore
import BillingFeature

// How the app carries the billing module's answers and effects: its actions reach `BillingReducer` as
// `Action.billing`, and its effects run in `BillingEffects`, answering through the app's mailbox.

extension BillingAction: ScreenAnswer {
    func reduce(_ state: inout AppState) -> [Effect] { BillingReducer.reduce(self, &state) }
}

extension BillingEffect: FeatureEffect {
    static func handler(in context: EffectContext) -> BillingEffects {
        BillingEffects(desk: BillingDesk(client: context.directory.client), clock: context.clock)
    }

    static func action(for answer: BillingAction) -> Action { .billing(answer) }
}
