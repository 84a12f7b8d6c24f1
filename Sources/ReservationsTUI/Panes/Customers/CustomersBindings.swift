import TerminalUI
import ScreenKit

/// Keys of the customers pane.
public enum CustomersBindings {
    public static let all: [Binding] = ListBindings.movement() + [
        Binding(keys: [.enter, .char("l"), .right], command: .openSelection, help: "Open the customer's subscriptions",
                footer: "open", unavailable: { $0.customers.selectedCustomer == nil ? "No customer selected" : nil }),
        Binding(keys: [.char("/")], command: .startFilter, help: "Filter customers by name or domain as you type",
                footer: "filter"),
        Binding(keys: [.char("r")], command: .refresh, help: "Load the customer list again", footer: "refresh"),
    ]
}
