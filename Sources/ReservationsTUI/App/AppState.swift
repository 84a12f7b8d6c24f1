import Vocabulary
import ReservationsCore
import TerminalUI

/// Everything the screen shows, as one value. Only `reduce` changes it.
public struct AppState: Equatable, Sendable {
    public var environment: AppEnvironment
    public var size: Size
    public var focus: Pane = .customers
    /// What reservations are, by `product:sku` (`Standard_D2s_v5 · US East`), for the reservations pane and the
    /// expiry board; an ID not in here shows as the ID.
    public var skuNames: [String: String] = [:]
    public var customers = CustomersState()
    public var subscriptions = SubscriptionsState()
    /// The subscriptions of customers selected before in this session, so moving back to one shows them at once
    /// (one frame, no request); `r` on the customers or the subscriptions reads them again.
    public var subscriptionsSeen: [CustomerID: SubscriptionsState] = [:]
    /// The open catalog, or nil; it replaces the two lists on screen while focused.
    public var catalog: CatalogState?
    /// Counts catalog loads, so late results of an earlier load are recognised and dropped.
    public var catalogGeneration = 0
    public var cart = CartPaneState()
    /// The orders pane's content, once opened for a customer.
    public var orders: OrdersState?
    /// The reservations pane's content, once opened for a customer.
    public var reservations: ReservationsState?
    /// The billing pane's content, once opened.
    public var billing: BillingState?
    /// The expiry board across all customers, once opened.
    public var expiryBoard: ExpiryBoardState?
    /// Counts expiry-board loads, so late results of a stopped or replaced load are dropped.
    public var expiryGeneration = 0
    /// The export being written, kept to ask about overwriting if its file exists.
    public var pendingExport: ExportPrompt?
    public var overlay: Overlay?
    public var status: StatusLine = .none
    /// Set by the quit command; the run loop stops after the frame.
    public var shouldQuit = false
    /// Why the team ledger cannot be used right now, or nil (no ledger, or it answers): the header shows
    /// `LEDGER OFFLINE`, and purchases and registrations are refused with this reason.
    public var ledgerOfflineReason: String?

    public init(environment: AppEnvironment, size: Size) {
        self.environment = environment
        self.size = size
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
