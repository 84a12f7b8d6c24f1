import TerminalUI
import ScreenKit

/// Keys of the cart pane.
public enum CartBindings {
    public static let all: [Binding] = ListBindings.movement() + [
        Binding(keys: [.char("b")], screenCommand: CartScreenCommand.checkout,
                help: "Check out: preflight, a summary, a typed confirmation (Cancel is the default)", footer: "buy",
                isPurchase: true, unavailable: { $0.cart.lines.isEmpty ? "The cart is empty" : nil },
                perform: { AppReducer.startCheckout(&$0) }),
        Binding(keys: [.enter, .char("e")], command: .openSelection, help: "Edit the selected line", footer: "edit",
                unavailable: { $0.cart.selectedLine == nil ? "No line selected" : nil }),
        Binding(keys: [.char("d"), .delete], screenCommand: CartScreenCommand.removeCartLine, help: "Remove the selected line (u puts it back)",
                footer: "remove", unavailable: { $0.cart.selectedLine == nil ? "No line selected" : nil },
                perform: { AppReducer.removeSelectedCartLine(&$0) }),
        Binding(keys: [.char("u")], screenCommand: CartScreenCommand.undoCartRemoval, help: "Put back the line removed last",
                perform: { AppReducer.undoCartRemoval(&$0) }),
        Binding(keys: [.char("h"), .left], command: .goBack, help: "Back to the previous screen", footer: "back"),
    ]
}
