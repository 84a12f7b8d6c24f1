import TerminalUI

extension CursesTerminal {
    /// How to set up the terminal.
    public struct Options: Hashable, Sendable {
        /// Ignore colours even when the terminal has them (`--no-color`, `NO_COLOR`).
        public var forceNoColor: Bool
        /// Draw only ASCII: ``CursesTerminal/capabilities`` reports `isUTF8 == false` and non-ASCII
        /// characters are shown as `?` (`--ascii`). Non-UTF-8 locales get this automatically.
        public var asciiOnly: Bool
        /// How long curses waits after Esc for the rest of an escape sequence. Short, so Esc feels instant.
        public var escapeDelayMilliseconds: Int
        /// The terminal type; `nil` uses `$TERM`.
        public var terminalType: String?
        /// Where output goes; `nil` is standard output. A regular file here makes
        /// ``CursesTerminal/bytesWritten`` available (benchmarks).
        public var outputFileDescriptor: Int32?
        /// Where input comes from; `nil` is standard input.
        public var inputFileDescriptor: Int32?
        /// Forces the screen size instead of asking the terminal (useful when output is not a terminal).
        public var size: Size?
        /// Whether to trap SIGINT, SIGTERM and SIGHUP (see ``CursesTerminal/pendingSignal``).
        public var trapsSignals: Bool

        /// Creates options; the defaults suit an interactive terminal.
        public init(
            forceNoColor: Bool = false, asciiOnly: Bool = false, escapeDelayMilliseconds: Int = 25,
            terminalType: String? = nil, outputFileDescriptor: Int32? = nil, inputFileDescriptor: Int32? = nil,
            size: Size? = nil, trapsSignals: Bool = true
        ) {
            self.forceNoColor = forceNoColor
            self.asciiOnly = asciiOnly
            self.escapeDelayMilliseconds = escapeDelayMilliseconds
            self.terminalType = terminalType
            self.outputFileDescriptor = outputFileDescriptor
            self.inputFileDescriptor = inputFileDescriptor
            self.size = size
            self.trapsSignals = trapsSignals
        }
    }
}
