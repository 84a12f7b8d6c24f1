import TerminalUI

/// Keys of the subscriptions pane.
public enum SubscriptionsBindings {
    public static let all: [Binding] = ListBindings.movement + [
        CatalogBindings.open,
        Binding(keys: [.char("R")], command: .registerSubscription,
                help: "Register the Azure subscription for reservations and follow it until registered", footer: "register",
                isPurchase: true, unavailable: { state in
                    guard let subscription = state.subscriptions.selected else { return "Select a subscription first" }
                    return subscription.kind == .other ? "Only Azure subscriptions are registered for reservations" : nil
                }),
        Binding(keys: [.char("h"), .left], command: .goBack, help: "Back to the customers", footer: "back"),
        Binding(keys: [.char("/")], command: .startFilter, help: "Filter customers by name or domain as you type"),
        Binding(keys: [.char("r")], command: .refresh, help: "Load the subscriptions again", footer: "refresh"),
    ]
}
