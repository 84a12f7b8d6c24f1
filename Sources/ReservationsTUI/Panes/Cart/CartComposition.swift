import CartFeature

// How the app carries the cart module's answers and effects: its actions reach `CartReducer` as `Action.cart`, and
// its effects run in `CommerceEffects`, answering through the app's mailbox.

extension CartAction: ScreenAnswer {
    func reduce(_ state: inout AppState) -> [Effect] { CartReducer.reduce(self, &state) }
}

extension Effect {
    /// The cart module's effect, as the reducers ask for it.
    public static func cart(_ effect: CartEffect) -> Effect { Effect(effect) }
}

extension CartEffect: FeatureEffect {
    static func handler(in context: EffectContext) -> CommerceEffects {
        CommerceEffects(draftStore: context.draftStore, purchases: context.purchases)
    }

    static func action(for answer: CartAction) -> Action { .cart(answer) }
}
