/// Everything a user can ask for. Raw values are the stable names used in help and docs.
public enum Command: String, CaseIterable, Sendable {
    case moveUp = "move-up"
    case moveDown = "move-down"
    case pageUp = "page-up"
    case pageDown = "page-down"
    case moveToTop = "move-to-top"
    case moveToBottom = "move-to-bottom"
    case openSelection = "open-selection"
    case goBack = "go-back"
    case startFilter = "start-filter"
    case focusNextPane = "focus-next-pane"
    case focusPreviousPane = "focus-previous-pane"
    case focusCustomers = "focus-customers"
    case focusSubscriptions = "focus-subscriptions"
    case refresh
    case openCatalog = "open-catalog"
    case cycleSort = "cycle-sort"
    case cycleCatalogView = "cycle-catalog-view"
    case addToCart = "add-to-cart"
    case openCart = "open-cart"
    case removeCartLine = "remove-cart-line"
    case undoCartRemoval = "undo-cart-removal"
    case checkout
    case openOrders = "open-orders"
    case toggleOneTimeOrders = "toggle-one-time-orders"
    case openReservations = "open-reservations"
    case openBilling = "open-billing"
    case exportLineItems = "export-line-items"
    case downloadStatement = "download-statement"
    case openExpiryBoard = "open-expiry-board"
    case cycleExpiryWindow = "cycle-expiry-window"
    case toggleChargesChart = "toggle-charges-chart"
    case showOrderInvoiceLines = "show-order-invoice-lines"
    case openLineItemOrder = "open-line-item-order"
    case cycleChartCurrency = "cycle-chart-currency"
    case registerSubscription = "register-subscription"
    case toggleMark = "toggle-mark"
    case renewReservations = "renew-reservations"
    case openCommandLine = "open-command-line"
    case showHelp = "show-help"
    case quit

    /// The help-screen group this command belongs to.
    public var group: BindingGroup {
        switch self {
        case .moveUp, .moveDown, .pageUp, .pageDown, .moveToTop, .moveToBottom, .openSelection, .goBack: .navigation
        case .focusNextPane, .focusPreviousPane, .focusCustomers, .focusSubscriptions: .panes
        case .startFilter, .refresh: .lists
        case .openCatalog, .cycleSort, .cycleCatalogView: .catalog
        case .addToCart, .openCart, .removeCartLine, .undoCartRemoval, .checkout, .openOrders, .toggleOneTimeOrders,
            .registerSubscription, .toggleMark, .renewReservations:
            .purchase
        case .openReservations, .openBilling, .exportLineItems, .downloadStatement, .openExpiryBoard, .cycleExpiryWindow,
            .toggleChargesChart, .cycleChartCurrency, .showOrderInvoiceLines, .openLineItemOrder:
            .reservationsAndBilling
        case .openCommandLine, .showHelp, .quit: .general
        }
    }
}
