import Vocabulary
import TerminalUI

/// One screen's part in the app, kept in its pane folder: its key bindings, how it draws, how many rows its list
/// shows, and what the breadcrumbs and header say about it. ``Pane/screen`` is the one table from pane to screen,
/// so the view, the keymap and the state ask the screen instead of switching over the focus each.
protocol Screen {
    /// The screen's binding table (its scope in help is the pane's title).
    static var bindings: [Binding] { get }
    /// Whether the screen takes the whole body; the customers and subscriptions lists share it instead.
    static var takesBody: Bool { get }
    /// Draws a body screen into `frame` (the lists are drawn together by ``AppView``).
    static func render(_ state: AppState, frame: Rect, glyphs: Glyphs, into canvas: inout some Canvas)
    /// Rows of data the screen's list shows in `layout`, for paging.
    static func visibleRows(in layout: AppLayout) -> Int
    /// The breadcrumbs after "Customers".
    static func breadcrumbs(_ state: AppState) -> [String]
    /// The customer the screen shows (with the country when it knows it), or nil for a screen across customers.
    static func customer(_ state: AppState) -> (CustomerID, String?)?
    /// Whether a `/` filter is being typed on the screen.
    static func isEditingFilter(_ state: AppState) -> Bool
    /// What a shared command (Enter, Esc, Tab, `/`) does on this screen, or nil for what it does everywhere.
    static func run(_ command: Command, _ state: inout AppState) -> [Effect]?
}

extension Screen {
    static var takesBody: Bool { true }
    static func render(_ state: AppState, frame: Rect, glyphs: Glyphs, into canvas: inout some Canvas) {}
    static func isEditingFilter(_ state: AppState) -> Bool { false }
    static func run(_ command: Command, _ state: inout AppState) -> [Effect]? { nil }
}
