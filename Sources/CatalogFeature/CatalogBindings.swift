import ReservationsCore
import Vocabulary
import TerminalUI
import ScreenKit

/// Keys of the catalog pane, and the key that opens it from the subscriptions pane.
public enum CatalogBindings {
    public static func all<Host: CatalogHost>(for host: Host.Type) -> [KeyBinding<Host, Host.AppEffect>] {
        // Typed apart from the movement keys: one literal of closures over a generic host is too much for inference.
        let own: [KeyBinding<Host, Host.AppEffect>] = [
            KeyBinding(keys: [.enter, .char("l"), .right], command: .openSelection,
                       help: "Show the SKU's availabilities and check its inventory when it needs a check",
                       footer: "details", unavailable: { $0.catalog?.selectedRow == nil ? "No SKU selected" : nil }),
            KeyBinding(keys: [.char("a")], screenCommand: CatalogScreenCommand.addToCart, help: "Add the SKU to the cart (a form asks quantity, term, scope)",
                       footer: "add", unavailable: { $0.catalog?.selectedRow == nil ? "No SKU selected" : nil },
                       perform: { CatalogReducer.addSelectedSKUToCart(&$0) }),
            KeyBinding(keys: [.char("h"), .left], command: .goBack, help: "Back to the subscriptions", footer: "back"),
            KeyBinding(keys: [.char("/")], command: .startFilter,
                       help: "Filter SKUs as you type (size, region, family, category, term; all words must match)",
                       footer: "filter"),
            KeyBinding(keys: [.char("s")], screenCommand: CatalogScreenCommand.cycleSort, help: "Sort by price, cores, region or name (cycles)",
                       footer: "sort",
                       perform: { CatalogReducer.cycleSort(&$0) }),
            KeyBinding(keys: [.char("v")], screenCommand: CatalogScreenCommand.cycleCatalogView,
                       help: "Show all reservations, VM, SQL or Cosmos DB (cycles, reloads)", footer: "view",
                       perform: { CatalogReducer.cycleCatalogView(&$0) }),
            KeyBinding(keys: [.char("r")], command: .refresh, help: "Load the catalog again", footer: "refresh"),
        ]
        return ListBindings.movement() + own
    }

    /// The subscriptions pane's key into the catalog.
    public static func open<Host: CatalogHost>(for host: Host.Type) -> KeyBinding<Host, Host.AppEffect> {
        KeyBinding(
            keys: [.char("c"), .enter], command: .openCatalog,
            help: "Open the reservation catalog for the selected Azure subscription", footer: "catalog",
            unavailable: { unavailableReason($0) })
    }

    /// Why the catalog cannot be opened for the selected subscription, or nil when it can.
    public static func unavailableReason<Host: CatalogHost>(_ state: Host) -> String? {
        guard let customer = state.selectedCustomer else { return "Select a customer first" }
        guard let subscription = state.selectedSubscription else { return "Select an Azure subscription first" }
        if subscription.kind == .other {
            return "\(subscription.friendlyName ?? subscription.offerID) is not an Azure subscription; "
                + "reservations need MS-AZR-0145P or an Azure plan"
        }
        if let reason = ReservationMarkets.unavailableReason(countryCode: state.customerCountry(customer.id)) {
            return reason
        }
        return nil
    }
}
