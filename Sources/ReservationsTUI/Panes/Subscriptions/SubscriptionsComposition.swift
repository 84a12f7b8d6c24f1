import ReservationsCore
import SubscriptionsFeature

// How the app carries the subscriptions module's answers and effects: its actions reach `SubscriptionsReducer` as
// `Action.subscriptions`, and its effects run in `RegistrationEffects`, answering through the app's mailbox.

extension SubscriptionsAction: ScreenAnswer {
    func reduce(_ state: inout AppState) -> [Effect] { SubscriptionsReducer.reduce(self, &state) }
}

extension SubscriptionsEffect: FeatureEffect {
    static func handler(in context: EffectContext) -> RegistrationEffects {
        RegistrationEffects(
            registry: SubscriptionRegistry(client: context.directory.client), waiter: context.registrationWaiter, audit: context.audit,
            profileName: context.profileName, ledgerCheck: context.ledgerCheck)
    }

    static func action(for answer: RegistrationEffects.Answer) -> Action {
        switch answer {
        case .subscriptions(let action): .subscriptions(action)
        case .ledgerChecked(let reason): .ledgerChecked(offlineReason: reason)
        }
    }
}
