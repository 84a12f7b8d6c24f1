import Vocabulary
import ReservationsCore
import TerminalUI
import ScreenKit

/// Keys of the subscriptions pane. The key into the catalog is the catalog's (`CatalogBindings.open`), listed after
/// the movement keys.
public enum SubscriptionsBindings {
    public static func all<Host: SubscriptionsHost>(
        for host: Host.Type, openCatalog: KeyBinding<Host, Host.AppEffect>
    ) -> [KeyBinding<Host, Host.AppEffect>] {
        // Typed apart from the movement keys: one literal of closures over a generic host is too much for inference.
        let own: [KeyBinding<Host, Host.AppEffect>] = [
            KeyBinding(keys: [.char("R")], screenCommand: SubscriptionsScreenCommand.registerSubscription,
                       help: "Register the Azure subscription for reservations and follow it until registered", footer: "register",
                       isPurchase: true, readOnlyRefusal: "registering subscriptions is off", unavailable: { registrationUnavailableReason($0) },
                       perform: { SubscriptionsReducer.registerSelectedSubscription(&$0) }),
            KeyBinding(keys: [.char("h"), .left], command: .goBack, help: "Back to the customers", footer: "back"),
            KeyBinding(keys: [.char("/")], command: .startFilter, help: "Filter customers by name or domain as you type"),
            KeyBinding(keys: [.char("r")], command: .refresh, help: "Load the subscriptions again", footer: "refresh"),
        ]
        return ListBindings.movement() + [openCatalog] + own
    }

    /// Why the selected subscription cannot be registered for reservations now, or nil when it can: registering
    /// one that cannot buy (not active, or its customer's market has no reservations) would only mislead.
    public static func registrationUnavailableReason<Host: SubscriptionsHost>(_ state: Host) -> String? {
        guard let subscription = state.subscriptions.selected else { return "Select a subscription first" }
        if subscription.kind == .other { return "Only Azure subscriptions are registered for reservations" }
        if !subscription.isActive {
            return "\(subscription.displayName) is \(subscription.statusText): only active subscriptions can be registered"
        }
        // An unknown country is not refused here: registration is harmless and the catalog checks the market.
        if let customerID = state.subscriptions.customerID, let country = state.customerCountry(customerID),
            let reason = ReservationMarkets.unavailableReason(countryCode: country)
        {
            return "Cannot register: \(reason)"
        }
        return nil
    }
}
