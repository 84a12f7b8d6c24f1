import ReservationsCore
import ReservationsFeature

// How the app carries the reservations module's answers and effects: its actions reach `ReservationsReducer` as
// `Action.reservations`, and its effects run in `ReservationEffects`, answering through the app's mailbox.

extension ReservationsAction: ScreenAnswer {
    func reduce(_ state: inout AppState) -> [Effect] {
        switch self {
        // A renewal plan may come from the expiry board, with no reservations pane open: renewing is the app's.
        case .renewalPlanned, .renewalFailed: AppReducer.reduceRenewal(self, &state)
        default: ReservationsReducer.reduce(self, &state)
        }
    }
}

extension ReservationsEffect: FeatureEffect {
    static func handler(in context: EffectContext) -> ReservationEffects {
        ReservationEffects(
            book: ReservationBook(client: context.directory.client), purchases: context.purchases,
            names: ReservationNames(client: context.directory.client), clock: context.clock)
    }

    static func action(for answer: ReservationEffects.Answer) -> Action {
        switch answer {
        case .reservations(let action): .reservations(action)
        case .skuNamesLoaded(let names): .skuNamesLoaded(names)
        }
    }
}
