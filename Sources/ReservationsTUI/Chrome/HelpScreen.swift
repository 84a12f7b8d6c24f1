import TerminalUI

/// The `?` screen's state: which pane it was opened on (its keys come first), how far it is scrolled, and the
/// search typed after `/`.
public struct HelpScreen: Equatable, Sendable {
    public var focus: Pane
    /// The first line shown.
    public var scroll = 0
    public var search = TextField()
    /// True while `/` is being typed; Enter keeps the search, Esc clears it.
    public var isSearching = false

    public init(focus: Pane) {
        self.focus = focus
    }
}
