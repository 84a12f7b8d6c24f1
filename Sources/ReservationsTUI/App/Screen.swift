import Vocabulary
import TerminalUI
import ScreenKit

/// One screen's part in the app, kept in its pane folder: its key bindings, how it draws, how many rows its list
/// shows, what the breadcrumbs and header say about it, what the shared commands (movement, refresh, Esc) do on it,
/// and the keys and `:` verbs that open it from anywhere. ``Pane/screen`` is the one table from pane to screen, so
/// the reducer, the view, the keymap and the state ask the screen instead of switching over the focus each.
protocol Screen {
    /// The pane's name in help and the keymap.
    static var title: String { get }
    /// The screen's binding table (its scope in help is ``title``).
    static var bindings: [Binding] { get }
    /// Keys that open the screen from anywhere (`B` for billing), listed with the global keys.
    static var openingKeys: [Binding] { get }
    /// The `:` verbs that open the screen (`:billing`).
    static var commandLineVerbs: [CommandLineVerb] { get }
    /// Whether the screen takes the whole body; the customers and subscriptions lists share it instead.
    static var takesBody: Bool { get }
    /// Whether Tab, `1` and `2` lead from the screen back to the lists, and Esc back a screen (a screen about what
    /// was bought or is billed); the catalog leaves in its own way.
    static var leadsBackToLists: Bool { get }
    /// Draws a body screen into `frame` (the lists are drawn together by ``AppView``).
    static func render(_ state: AppState, frame: Rect, glyphs: Glyphs, into canvas: inout some Canvas)
    /// Rows of data the screen's list shows in `layout`, for paging.
    static func visibleRows(in layout: AppLayout) -> Int
    /// The breadcrumbs after "Customers".
    static func breadcrumbs(_ state: AppState) -> [String]
    /// The customer the screen shows, or nil for a screen across customers.
    static func customer(_ state: AppState) -> ShownCustomer?
    /// Whether a `/` filter is being typed on the screen.
    static func isEditingFilter(_ state: AppState) -> Bool
    /// A key while the filter is being typed.
    static func filterKey(_ key: KeyChord, _ state: inout AppState) -> [Effect]
    /// What a shared command (Enter, Esc, Tab, `/`) does on this screen, or nil for what it does everywhere.
    static func run(_ command: Command, _ state: inout AppState) -> [Effect]?
    /// Moves the screen's cursor (up, down, a page, top, bottom); `visibleRows` is what the list shows.
    static func move(_ command: Command, visibleRows: Int, _ state: inout AppState) -> [Effect]
    /// `r`: loads what the screen shows again.
    static func refresh(_ state: inout AppState) -> [Effect]
    /// What Esc does on the screen first (close a detail, clear a filter), or nil for going back.
    static func escape(_ state: inout AppState) -> [Effect]?
    /// What the screen does when another takes its place or it is left (the catalog stops a running load).
    static func leave(_ state: inout AppState) -> [Effect]
}

extension Screen {
    static var openingKeys: [Binding] { [] }
    static var commandLineVerbs: [CommandLineVerb] { [] }
    static var takesBody: Bool { true }
    static var leadsBackToLists: Bool { takesBody }
    static func render(_ state: AppState, frame: Rect, glyphs: Glyphs, into canvas: inout some Canvas) {}
    static func isEditingFilter(_ state: AppState) -> Bool { false }
    static func filterKey(_ key: KeyChord, _ state: inout AppState) -> [Effect] { [] }
    static func run(_ command: Command, _ state: inout AppState) -> [Effect]? { nil }
    static func refresh(_ state: inout AppState) -> [Effect] { [] }
    static func escape(_ state: inout AppState) -> [Effect]? { nil }
    static func leave(_ state: inout AppState) -> [Effect] { [] }
}
