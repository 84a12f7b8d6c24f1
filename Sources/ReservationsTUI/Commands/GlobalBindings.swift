import TerminalUI

/// Bindings that work in every pane.
public enum GlobalBindings {
    public static let all: [Binding] = [
        Binding(keys: [.tab], command: .focusNextPane, help: "Focus the next pane (in billing: between the invoices and the line items)", footer: "pane"),
        Binding(keys: [.backTab], command: .focusPreviousPane, help: "Focus the previous pane"),
        Binding(keys: [.char("1")], command: .focusCustomers, help: "Focus the customers pane"),
        Binding(keys: [.char("2")], command: .focusSubscriptions, help: "Focus the subscriptions pane",
                unavailable: { $0.customers.selectedCustomer == nil ? "Select a customer first" : nil }),
        Binding(keys: [.char("C")], command: .openCart, help: "Open the cart", footer: "cart"),
        Binding(keys: [.char("O")], command: .openOrders, help: "Open the orders of the selected customer (of the cart's in the cart)",
                unavailable: { $0.customers.selectedCustomer == nil && $0.orders == nil ? "Select a customer first" : nil }),
        Binding(keys: [.char("V")], command: .openReservations, help: "Open the reservations of the selected customer, by expiry",
                unavailable: { $0.customers.selectedCustomer == nil && $0.reservations == nil ? "Select a customer first" : nil }),
        Binding(keys: [.char("E")], command: .openExpiryBoard,
                help: "Open the expiry board: every customer's reservations expiring within 30, 60 or 90 days"),
        Binding(keys: [.char("B")], command: .openBilling, help: "Open billing: balance, invoices, line items, statements"),
        Binding(keys: [.char(":")], command: .openCommandLine,
                help: "Open the command line (:customer NAME, :cart, :orders, :reservations, :expiring, :billing, :quit)"),
        Binding(keys: [.char("?")], command: .showHelp, help: "Show all keys", footer: "help"),
        Binding(keys: [.char("q"), .ctrl("c")], command: .quit, help: "Quit pcres", footer: "quit"),
    ]
}
