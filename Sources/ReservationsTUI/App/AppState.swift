import Vocabulary
import ReservationsCore
import TerminalUI
import ScreenKit
import CustomersFeature
import SubscriptionsFeature
import CartFeature
import BillingFeature

/// Everything the screen shows, as one value. Only `reduce` changes it.
public struct AppState: Equatable, Sendable {
    public var environment: AppEnvironment
    public var size: Size
    /// The list and the body screens opened on it; the shown one has the focus.
    public var stack = ScreenStack()
    /// What reservations are, by `product:sku` (`Standard_D2s_v5 · US East`), for the reservations pane and the
    /// expiry board; an ID not in here shows as the ID.
    public var skuNames: [String: String] = [:]
    public var customers = CustomersState()
    public var subscriptions = SubscriptionsState()
    /// The subscriptions of customers selected before in this session, so moving back to one shows them at once
    /// (one frame, no request); `r` on the customers or the subscriptions reads them again.
    public var subscriptionsSeen: [CustomerID: SubscriptionsState] = [:]
    public var cart = CartPaneState()
    /// The states of the screens that take the body, each declared on `AppState` in its folder (`orders`, `billing`…).
    var screens = ScreenStates()
    /// The export being written, kept to ask about overwriting if its file exists.
    public var pendingExport: ExportPrompt?
    public var overlay: Overlay?
    public var status: StatusLine = .none
    /// What start had to say (a restored cart, unsettled checkouts, the environment's notices), repeated when the
    /// customer list finishes loading so that message does not hide it; opening the cart clears it.
    public var startupNotice: String?
    /// Set by the quit command; the run loop stops after the frame.
    public var shouldQuit = false
    /// Why the team ledger cannot be used right now, or nil (no ledger, or it answers): the header shows
    /// `LEDGER OFFLINE`, and purchases and registrations are refused with this reason.
    public var ledgerOfflineReason: String?

    public init(environment: AppEnvironment, size: Size) {
        self.environment = environment
        self.size = size
    }

    /// The pane shown and focused. Setting it opens that screen on the stack (or goes back to it, or to a list).
    public var focus: Pane {
        get { stack.top }
        set { stack.show(newValue) }
    }

    /// The list a body screen goes back to: the subscriptions once a customer is selected, else the customers.
    var listToReturnTo: Pane { customers.selectedCustomer == nil ? .customers : .subscriptions }

    /// Adds `text` to what start has to say.
    public mutating func keepStartupNotice(_ text: String) {
        startupNotice = [startupNotice, text].compactMap { $0 }.joined(separator: " · ")
    }

    /// The rows the focused list shows, for paging (and for benchmarks that size a list).
    public var visibleListRows: Int {
        focus.screen.visibleRows(in: AppLayout.frames(for: size))
    }

    /// The breadcrumb trail: where the operator is.
    public var breadcrumbs: [String] {
        ["Customers"] + focus.screen.breadcrumbs(self)
    }
}
