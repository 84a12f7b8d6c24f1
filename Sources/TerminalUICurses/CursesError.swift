/// The terminal could not be set up (unknown `TERM`, no terminal to open, …).
public struct CursesError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public var message: String
    /// True when the terminal works but cannot draw a screen (no cursor addressing, e.g. `TERM=dumb`): the
    /// caller can still print plain lines to it (see ``CursesTerminal/showPlainNotice(_:)``).
    public var isUnsupportedTerminal: Bool

    /// Creates an error.
    public init(message: String, isUnsupportedTerminal: Bool = false) {
        self.message = message
        self.isUnsupportedTerminal = isUnsupportedTerminal
    }

    /// The message.
    public var description: String { message }
}
