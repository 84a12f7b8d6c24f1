import PartnerCenter
import TerminalUI

/// Everything the screen shows, as one value. Only `reduce` changes it.
public struct AppState: Equatable, Sendable {
    public var environment: AppEnvironment
    public var size: Size
    public var focus: Pane = .customers
    public var customers = CustomersState()
    public var subscriptions = SubscriptionsState()
    public var overlay: Overlay?
    public var status: StatusLine = .none
    /// Set by the quit command; the run loop stops after the frame.
    public var shouldQuit = false

    public init(environment: AppEnvironment, size: Size) {
        self.environment = environment
        self.size = size
    }

    /// The rows the focused list shows, for paging.
    var visibleListRows: Int { AppLayout.frames(for: size).listRows(for: focus) }

    /// The breadcrumb trail: where the operator is.
    public var breadcrumbs: [String] {
        var trail = ["Customers"]
        if let customer = customers.selectedCustomer, focus == .subscriptions {
            trail.append(customer.name)
            trail.append("Subscriptions")
        }
        return trail
    }
}
