import TerminalUI

/// Keys of the subscriptions pane.
public enum SubscriptionsBindings {
    public static let all: [Binding] = ListBindings.movement + [
        CatalogBindings.open,
        Binding(keys: [.char("h"), .left], command: .goBack, help: "Back to the customers", footer: "back"),
        Binding(keys: [.char("/")], command: .startFilter, help: "Filter customers by name or domain as you type"),
        Binding(keys: [.char("r")], command: .refresh, help: "Load the subscriptions again", footer: "refresh"),
    ]
}
