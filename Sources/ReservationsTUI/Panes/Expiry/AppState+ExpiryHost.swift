import ExpiryFeature

/// The app's state as the expiry board's module sees it.
extension AppState: ExpiryHost {
    /// The expiry board across all customers, once opened.
    public var expiryBoard: ExpiryBoardState? {
        get { screens[ExpiryBoardState.self] }
        set { screens[ExpiryBoardState.self] = newValue }
        _modify { yield &screens[ExpiryBoardState.self] }
    }

    /// Counts expiry-board loads, so late results of a stopped or replaced load are dropped.
    public var expiryGeneration: Int {
        get { screens[generationOf: ExpiryBoardState.self] }
        set { screens[generationOf: ExpiryBoardState.self] = newValue }
    }

    public mutating func showExpiryBoardScreen() -> [Effect] { AppReducer.show(.expiry, &self) }

    public static func expiryBoardEffect(_ effect: ExpiryEffect) -> Effect { .expiryBoard(effect) }
}

extension Effect {
    /// The expiry board module's effect, as the reducers ask for it.
    public static func expiryBoard(_ effect: ExpiryEffect) -> Effect { Effect(effect) }
}
