import CartFeature

/// The app's state as the cart module sees it: the cart's dialogs are overlays, and clearing one closes only that
/// dialog.
extension AppState: CartHost {
    public var cartForm: CartLineForm? {
        get { if case .cartForm(let form)? = overlay { form } else { nil } }
        set {
            if let newValue {
                overlay = .cartForm(newValue)
            } else if cartForm != nil {
                overlay = nil
            }
        }
    }

    public var checkoutFlow: CheckoutFlow? {
        get { if case .checkout(let flow)? = overlay { flow } else { nil } }
        set {
            if let newValue {
                overlay = .checkout(newValue)
            } else if checkoutFlow != nil {
                overlay = nil
            }
        }
    }

    public var unfinishedPrompt: (found: [UnfinishedPurchase], focusedButton: Int)? {
        get { if case .unfinished(let found, let focused)? = overlay { (found, focused) } else { nil } }
        set {
            if let newValue {
                overlay = .unfinished(newValue.found, focusedButton: newValue.focusedButton)
            } else if unfinishedPrompt != nil {
                overlay = nil
            }
        }
    }

    public var hasOverlay: Bool { overlay != nil }

    public mutating func showCartScreen() -> [Effect] { AppReducer.show(.cart, &self) }

    public mutating func dropCartScreenIfShown() {
        if focus == .cart { stack.dropShownScreen() }
    }

    public static func cartEffect(_ effect: CartEffect) -> Effect { .cart(effect) }
}

extension Effect {
    /// The cart module's effect, as the reducers ask for it.
    public static func cart(_ effect: CartEffect) -> Effect { Effect(effect) }
}
