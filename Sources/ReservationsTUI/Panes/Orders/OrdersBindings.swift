import TerminalUI

/// Keys of the orders pane.
public enum OrdersBindings {
    public static let all: [Binding] = ListBindings.movement + [
        Binding(keys: [.enter, .char("l"), .right], command: .openSelection,
                help: "Show the order's line items and provisioning status", footer: "details",
                unavailable: { $0.orders?.selected == nil ? "No order selected" : nil }),
        Binding(keys: [.char("t")], screenCommand: OrdersScreenCommand.toggleOneTimeOrders, help: "Show one-time (reservation) orders only, or all",
                footer: "one-time/all",
                perform: { AppReducer.toggleOneTimeOrders(&$0) }),
        Binding(keys: [.char("i")], screenCommand: OrdersScreenCommand.showOrderInvoiceLines,
                help: "Find the selected order's one-time invoice lines (reads up to 24 invoices; Esc stops)", footer: "invoice lines",
                unavailable: { $0.orders?.selected == nil ? "No order selected" : nil },
                perform: { AppReducer.showOrderInvoiceLines(&$0) }),
        Binding(keys: [.char("r")], command: .refresh, help: "Load the orders again", footer: "refresh"),
        Binding(keys: [.char("h"), .left], command: .goBack, help: "Back to the previous screen", footer: "back"),
    ]
}
