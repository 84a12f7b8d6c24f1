import CustomersFeature

// How the app carries the customer list's answers and effects: its actions reach `CustomersReducer` as
// `Action.customers`, and its effects run in `CustomerEffects`, answering through the app's mailbox (the
// subscriptions it loads as `Action.subscriptions`).

extension CustomersAction: ScreenAnswer {
    func reduce(_ state: inout AppState) -> [Effect] { CustomersReducer.reduce(self, &state) }
}

extension CustomersEffect: FeatureEffect {
    static func handler(in context: EffectContext) -> CustomerEffects {
        CustomerEffects(directory: context.directory, detailConcurrency: context.detailConcurrency)
    }

    static func action(for answer: CustomerEffects.Answer) -> Action {
        switch answer {
        case .customers(let action): .customers(action)
        case .subscriptions(let action): .subscriptions(action)
        }
    }
}
