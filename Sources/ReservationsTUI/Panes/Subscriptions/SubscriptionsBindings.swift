import Vocabulary
import ReservationsCore
import TerminalUI
import ScreenKit
import CatalogFeature

/// Keys of the subscriptions pane.
public enum SubscriptionsBindings {
    public static let all: [Binding] = ListBindings.movement() + [
        CatalogBindings.open(for: AppState.self),
        Binding(keys: [.char("R")], screenCommand: SubscriptionsScreenCommand.registerSubscription,
                help: "Register the Azure subscription for reservations and follow it until registered", footer: "register",
                isPurchase: true, readOnlyRefusal: "registering subscriptions is off", unavailable: registrationUnavailableReason,
                perform: { AppReducer.registerSelectedSubscription(&$0) }),
        Binding(keys: [.char("h"), .left], command: .goBack, help: "Back to the customers", footer: "back"),
        Binding(keys: [.char("/")], command: .startFilter, help: "Filter customers by name or domain as you type"),
        Binding(keys: [.char("r")], command: .refresh, help: "Load the subscriptions again", footer: "refresh"),
    ]

    /// Why the selected subscription cannot be registered for reservations now, or nil when it can: registering
    /// one that cannot buy (not active, or its customer's market has no reservations) would only mislead.
    @Sendable static func registrationUnavailableReason(_ state: AppState) -> String? {
        guard let subscription = state.subscriptions.selected else { return "Select a subscription first" }
        if subscription.kind == .other { return "Only Azure subscriptions are registered for reservations" }
        if !subscription.isActive {
            return "\(subscription.displayName) is \(subscription.statusText): only active subscriptions can be registered"
        }
        // An unknown country is not refused here: registration is harmless and the catalog checks the market.
        if let customerID = state.subscriptions.customerID, let country = state.customers.country(of: customerID),
            let reason = ReservationMarkets.unavailableReason(countryCode: country)
        {
            return "Cannot register: \(reason)"
        }
        return nil
    }
}
