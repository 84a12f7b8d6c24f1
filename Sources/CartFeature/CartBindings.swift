import TerminalUI
import ScreenKit

/// Keys of the cart pane.
public enum CartBindings {
    public static func all<Host: CartHost>(for host: Host.Type) -> [KeyBinding<Host, Host.AppEffect>] {
        // Typed apart from the movement keys: one literal of closures over a generic host is too much for inference.
        let own: [KeyBinding<Host, Host.AppEffect>] = [
            KeyBinding(keys: [.char("b")], screenCommand: CartScreenCommand.checkout,
                       help: "Check out: preflight, a summary, a typed confirmation (Cancel is the default)", footer: "buy",
                       isPurchase: true, unavailable: { $0.cart.lines.isEmpty ? "The cart is empty" : nil },
                       perform: { CartReducer.startCheckout(&$0) }),
            KeyBinding(keys: [.enter, .char("e")], command: .openSelection, help: "Edit the selected line", footer: "edit",
                       unavailable: { $0.cart.selectedLine == nil ? "No line selected" : nil }),
            KeyBinding(keys: [.char("d"), .delete], screenCommand: CartScreenCommand.removeCartLine, help: "Remove the selected line (u puts it back)",
                       footer: "remove", unavailable: { $0.cart.selectedLine == nil ? "No line selected" : nil },
                       perform: { CartReducer.removeSelectedCartLine(&$0) }),
            KeyBinding(keys: [.char("u")], screenCommand: CartScreenCommand.undoCartRemoval, help: "Put back the line removed last",
                       perform: { CartReducer.undoCartRemoval(&$0) }),
            KeyBinding(keys: [.char("h"), .left], command: .goBack, help: "Back to the previous screen", footer: "back"),
        ]
        return ListBindings.movement() + own
    }

    /// `C`, which opens the cart from anywhere.
    public static func opening<Host: CartHost>(for host: Host.Type) -> [KeyBinding<Host, Host.AppEffect>] {
        [KeyBinding(keys: [.char("C")], screenCommand: CartScreenCommand.openCart, help: "Open the cart", footer: "cart",
                    perform: { CartReducer.openCart(&$0) })]
    }

    /// The `:` verbs that open the cart.
    public static func verbs<Host: CartHost>(for host: Host.Type) -> [CommandVerb<Host, Host.AppEffect>] {
        [CommandVerb(["cart"], help: "Open the cart") { _, state in CartReducer.openCart(&state) }]
    }
}
