import TerminalUI
import ScreenKit

/// Keys of the customers pane.
public enum CustomersBindings {
    public static func all<Host: CustomersHost>(for host: Host.Type) -> [KeyBinding<Host, Host.AppEffect>] {
        // Typed apart from the movement keys: one literal of closures over a generic host is too much for inference.
        let own: [KeyBinding<Host, Host.AppEffect>] = [
            KeyBinding(keys: [.enter, .char("l"), .right], command: .openSelection, help: "Open the customer's subscriptions",
                       footer: "open", unavailable: { $0.customers.selectedCustomer == nil ? "No customer selected" : nil }),
            KeyBinding(keys: [.char("/")], command: .startFilter, help: "Filter customers by name or domain as you type",
                       footer: "filter"),
            KeyBinding(keys: [.char("r")], command: .refresh, help: "Load the customer list again", footer: "refresh"),
        ]
        return ListBindings.movement() + own
    }

    /// The `:` verbs of the customer list.
    public static func verbs<Host: CustomersHost>(for host: Host.Type) -> [CommandVerb<Host, Host.AppEffect>] {
        [CommandVerb(["customer", "c"], argument: "NAME", help: "Filter the customers by NAME and select the first match") {
            CustomersReducer.selectCustomer(named: $0, &$1)
        }]
    }
}
