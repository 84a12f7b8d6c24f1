import TerminalUI

/// What sits on top of the panes and takes the keys first.
public enum Overlay: Equatable, Sendable {
    /// The `?` help screen; `scroll` is the first line shown.
    case help(scroll: Int)
    /// The `:` command line being edited.
    case commandLine(TextField)
}
