import PartnerCenter
import TerminalUI

/// Everything the screen shows, as one value. Only `reduce` changes it.
public struct AppState: Equatable, Sendable {
    public var environment: AppEnvironment
    public var size: Size
    public var focus: Pane = .customers
    public var customers = CustomersState()
    public var subscriptions = SubscriptionsState()
    /// The open catalog, or nil; it replaces the two lists on screen while focused.
    public var catalog: CatalogState?
    /// Counts catalog loads, so late results of an earlier load are recognised and dropped.
    public var catalogGeneration = 0
    public var overlay: Overlay?
    public var status: StatusLine = .none
    /// Set by the quit command; the run loop stops after the frame.
    public var shouldQuit = false

    public init(environment: AppEnvironment, size: Size) {
        self.environment = environment
        self.size = size
    }

    /// The rows the focused list shows, for paging (and for benchmarks that size a list).
    public var visibleListRows: Int {
        let layout = AppLayout.frames(for: size)
        if focus == .catalog { return CatalogPane.tableRows(in: layout.catalog) }
        return layout.listRows(for: focus)
    }

    /// The breadcrumb trail: where the operator is.
    public var breadcrumbs: [String] {
        var trail = ["Customers"]
        if focus == .catalog, let catalog {
            trail.append(catalog.customerName)
            trail.append(catalog.subscription.friendlyName ?? catalog.subscription.offerName ?? catalog.subscription.offerId)
            trail.append("Catalog")
        } else if let customer = customers.selectedCustomer, focus == .subscriptions {
            trail.append(customer.name)
            trail.append("Subscriptions")
        }
        return trail
    }
}
