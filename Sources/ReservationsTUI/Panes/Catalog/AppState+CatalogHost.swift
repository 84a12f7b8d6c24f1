import CatalogFeature

/// The app's state as the catalog's module sees it.
extension AppState: CatalogHost {
    /// The open catalog, or nil; it replaces the two lists on screen while focused.
    public var catalog: CatalogState? {
        get { screens[CatalogState.self] }
        set { screens[CatalogState.self] = newValue }
        _modify { yield &screens[CatalogState.self] }
    }

    /// Counts catalog loads, so late results of an earlier load are recognised and dropped.
    public var catalogGeneration: Int {
        get { screens[generationOf: CatalogState.self] }
        set { screens[generationOf: CatalogState.self] = newValue }
    }

    public var isCatalogShown: Bool { focus == .catalog }

    public mutating func showCatalogScreen() -> [Effect] { AppReducer.show(.catalog, &self) }

    public static func catalogEffect(_ effect: CatalogEffect) -> Effect { .catalog(effect) }
}

extension Effect {
    /// The catalog module's effect, as the reducers ask for it.
    public static func catalog(_ effect: CatalogEffect) -> Effect { Effect(effect) }
}
