/// The commands several screens share (movement, focus, opening a screen, refresh, help, quit), which
/// `AppReducer.run` carries out. A command only one screen has is that screen's ``ScreenCommand``. Raw values are
/// the stable names used in help and docs.
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
    case openCommandLine = "open-command-line"
    case showHelp = "show-help"
    case quit
}
