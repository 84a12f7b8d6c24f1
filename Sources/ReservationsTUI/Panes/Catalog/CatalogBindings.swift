import ReservationsCore
import Vocabulary
import TerminalUI
import ScreenKit

/// Keys of the catalog pane, and the key that opens it from the subscriptions pane.
public enum CatalogBindings {
    public static let all: [Binding] = ListBindings.movement() + [
        Binding(keys: [.enter, .char("l"), .right], command: .openSelection,
                help: "Show the SKU's availabilities and check its inventory when it needs a check",
                footer: "details", unavailable: { $0.catalog?.selectedRow == nil ? "No SKU selected" : nil }),
        Binding(keys: [.char("a")], screenCommand: CatalogScreenCommand.addToCart, help: "Add the SKU to the cart (a form asks quantity, term, scope)",
                footer: "add", unavailable: { $0.catalog?.selectedRow == nil ? "No SKU selected" : nil },
                perform: { AppReducer.addSelectedSKUToCart(&$0) }),
        Binding(keys: [.char("h"), .left], command: .goBack, help: "Back to the subscriptions", footer: "back"),
        Binding(keys: [.char("/")], command: .startFilter,
                help: "Filter SKUs as you type (size, region, family, category, term; all words must match)",
                footer: "filter"),
        Binding(keys: [.char("s")], screenCommand: CatalogScreenCommand.cycleSort, help: "Sort by price, cores, region or name (cycles)",
                footer: "sort",
                perform: { AppReducer.cycleSort(&$0) }),
        Binding(keys: [.char("v")], screenCommand: CatalogScreenCommand.cycleCatalogView,
                help: "Show all reservations, VM, SQL or Cosmos DB (cycles, reloads)", footer: "view",
                perform: { AppReducer.cycleCatalogView(&$0) }),
        Binding(keys: [.char("r")], command: .refresh, help: "Load the catalog again", footer: "refresh"),
    ]

    /// The subscriptions pane's key into the catalog.
    static let open = Binding(
        keys: [.char("c"), .enter], command: .openCatalog,
        help: "Open the reservation catalog for the selected Azure subscription", footer: "catalog",
        unavailable: unavailableReason)

    /// Why the catalog cannot be opened for the selected subscription, or nil when it can.
    @Sendable static func unavailableReason(_ state: AppState) -> String? {
        guard let customer = state.customers.selectedCustomer else { return "Select a customer first" }
        guard let subscription = state.subscriptions.selected else { return "Select an Azure subscription first" }
        if subscription.kind == .other {
            return "\(subscription.friendlyName ?? subscription.offerID) is not an Azure subscription; "
                + "reservations need MS-AZR-0145P or an Azure plan"
        }
        if let reason = ReservationMarkets.unavailableReason(countryCode: state.customers.country(of: customer.id)) {
            return reason
        }
        return nil
    }
}
