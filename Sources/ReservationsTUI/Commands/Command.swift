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
        case .openCommandLine, .showHelp, .quit: .general
        }
    }
}
