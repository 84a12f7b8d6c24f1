import CatalogFeature

// How the app carries the catalog module's answers and effects: its actions reach `CatalogReducer` as
// `Action.catalog`, and its effects run in `CatalogEffects`, answering through the app's mailbox (SKU batches are
// delivered, with back-pressure).

extension CatalogAction: ScreenAnswer {
    func reduce(_ state: inout AppState) -> [Effect] { CatalogReducer.reduce(&state, self) }
}

extension CatalogEffect: FeatureEffect {
    static func handler(in context: EffectContext) -> CatalogEffects {
        CatalogEffects(catalog: context.catalog, clock: context.clock)
    }

    static func action(for answer: CatalogAction) -> Action { .catalog(answer) }
}
