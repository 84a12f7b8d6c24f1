import ScreenKit
import TerminalUI

/// Keys of the orders pane, over any ``OrdersHost``.
public enum OrdersBindings {
    public static func all<Host: OrdersHost>(for host: Host.Type) -> [KeyBinding<Host, Host.AppEffect>] {
        // Typed apart from the movement keys: one literal of closures over a generic host is too much for inference.
        let own: [KeyBinding<Host, Host.AppEffect>] = [
            KeyBinding(keys: [.enter, .char("l"), .right], command: .openSelection,
                       help: "Show the order's line items and provisioning status", footer: "details",
                       unavailable: { $0.orders?.selected == nil ? "No order selected" : nil }),
            KeyBinding(keys: [.char("t")], screenCommand: OrdersScreenCommand.toggleOneTimeOrders, help: "Show one-time (reservation) orders only, or all",
                       footer: "one-time/all",
                       perform: { OrdersReducer.toggleOneTimeOrders(&$0) }),
            KeyBinding(keys: [.char("i")], screenCommand: OrdersScreenCommand.showOrderInvoiceLines,
                       help: "Find the selected order's one-time invoice lines (reads up to 24 invoices; Esc stops)", footer: "invoice lines",
                       unavailable: { $0.orders?.selected == nil ? "No order selected" : nil },
                       perform: { OrdersReducer.showOrderInvoiceLines(&$0) }),
            KeyBinding(keys: [.char("r")], command: .refresh, help: "Load the orders again", footer: "refresh"),
            KeyBinding(keys: [.char("h"), .left], command: .goBack, help: "Back to the previous screen", footer: "back"),
        ]
        return ListBindings.movement() + own
    }

    /// `O`, which opens the orders from anywhere.
    public static func opening<Host: OrdersHost>(for host: Host.Type) -> [KeyBinding<Host, Host.AppEffect>] {
        [KeyBinding(keys: [.char("O")], screenCommand: OrdersScreenCommand.openOrders,
                    help: "Open the orders of the selected customer (of the cart's in the cart)",
                    unavailable: { $0.customerToOpen == nil && $0.orders == nil ? "Select a customer first" : nil },
                    perform: { OrdersReducer.openFromKey(&$0) })]
    }

    /// The `:` verbs that open the orders.
    public static func verbs<Host: OrdersHost>(for host: Host.Type) -> [CommandVerb<Host, Host.AppEffect>] {
        [CommandVerb(["orders"], help: "Open the orders of the selected customer") { _, state in OrdersReducer.openFromVerb(&state) }]
    }
}
