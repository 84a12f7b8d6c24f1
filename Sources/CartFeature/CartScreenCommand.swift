import ScreenKit
/// The cart's own commands. Raw values are the stable names help and docs show.
public enum CartScreenCommand: String, ScreenCommand {
    case openCart = "open-cart"
    case checkout
    case removeCartLine = "remove-cart-line"
    case undoCartRemoval = "undo-cart-removal"
}
