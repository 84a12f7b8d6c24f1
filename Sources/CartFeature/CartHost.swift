import OrdersFeature
import ScreenKit

/// What the cart needs of the app: a place for the cart, the dialogs it opens over the screens (the line form, the
/// checkout, the unsettled checkouts), what start has to say, a way to be shown and to step aside for the orders a
/// checkout placed, and how its effects travel. A checkout opens the placed orders, so it is an orders host too.
public protocol CartHost: OrdersHost {
    var cart: CartPaneState { get set }
    /// Adding or editing a cart line, while that dialog is open.
    var cartForm: CartLineForm? { get set }
    /// The checkout dialog, from preflight to result, while it is open.
    var checkoutFlow: CheckoutFlow? { get set }
    /// Confirmed checkouts an earlier run left unsettled, and the focused button, while that dialog is open.
    var unfinishedPrompt: (found: [UnfinishedPurchase], focusedButton: Int)? { get set }
    /// Whether any dialog is open over the screens (an unsettled purchase waits for it to close).
    var hasOverlay: Bool { get }
    /// What start had to say, repeated when the customer list finishes loading; opening the cart clears it.
    var startupNotice: String? { get set }
    /// Adds `text` to what start has to say.
    mutating func keepStartupNotice(_ text: String)
    /// Puts the cart on top (the shown screen is asked to leave first); what leaving asked for.
    mutating func showCartScreen() -> [AppEffect]
    /// Takes the cart off the screens when it is shown, so the placed orders take its place.
    mutating func dropCartScreenIfShown()
    /// The app's effect carrying one of the cart's.
    static func cartEffect(_ effect: CartEffect) -> AppEffect
}
