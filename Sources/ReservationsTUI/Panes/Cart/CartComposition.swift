import CartFeature

// How the app carries the cart module's answers and effects: its actions reach `CartReducer` as `Action.cart`, and
// its effects run in `CommerceEffects`, answering through the app's mailbox.

extension CartAction: ScreenAnswer {
    func reduce(_ state: inout AppState) -> [Effect] { CartReducer.reduce(self, &state) }
}

extension CartEffect: FeatureEffect {
    static func handler(in context: EffectContext) -> CommerceEffects {
        CommerceEffects(draftStore: context.draftStore, purchases: context.purchases)
    }

    static func action(for answer: CartAction) -> Action { .cart(answer) }
}
