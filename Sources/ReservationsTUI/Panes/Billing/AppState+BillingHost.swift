import BillingFeature

/// The app's state as the billing module sees it.
extension AppState: BillingHost {
    /// The billing pane's content, once opened.
    public var billing: BillingState? {
        get { screens[BillingState.self] }
        set { screens[BillingState.self] = newValue }
        _modify { yield &screens[BillingState.self] }
    }

    /// The export prompt is one of the overlays; clearing it closes only an export prompt.
    public var exportPrompt: ExportPrompt? {
        get { if case .export(let prompt)? = overlay { prompt } else { nil } }
        set {
            if let newValue {
                overlay = .export(newValue)
            } else if exportPrompt != nil {
                overlay = nil
            }
        }
    }

    public mutating func showBillingScreen() -> [Effect] { AppReducer.show(.billing, &self) }

    public static func billingEffect(_ effect: BillingEffect) -> Effect { .billing(effect) }
}

extension Effect {
    /// The billing module's effect, as the reducers ask for it.
    public static func billing(_ effect: BillingEffect) -> Effect { Effect(effect) }
}
