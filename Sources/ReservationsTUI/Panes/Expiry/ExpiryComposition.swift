import ReservationsCore
import ExpiryFeature

// How the app carries the expiry board's answers and effects: its answers reach `ExpiryReducer` as
// `Action.expiryBoard(_:generation:)`, and its effects run in `ExpiryEffects`, answering through the app's mailbox.

extension ExpiryBoardAnswer: ScreenAnswer {
    func reduce(_ state: inout AppState) -> [Effect] { ExpiryReducer.reduce(action, generation: generation, &state) }
}

extension ExpiryEffect: FeatureEffect {
    static func handler(in context: EffectContext) -> ExpiryEffects {
        ExpiryEffects(loader: ExpiryBoardLoader(directory: context.directory), clock: context.clock)
    }

    static func action(for answer: ExpiryBoardAnswer) -> Action { .expiryBoard(answer.action, generation: answer.generation) }
}
