import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Makes API strings safe to print: no escape sequences, no carriage returns, no bidi overrides.
enum TerminalText {
    /// `text` with control and format-override characters removed; tabs and newlines become spaces.
    static func sanitize(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D:
                result.append(" ")
            case 0x00..<0x20, 0x7F..<0xA0:
                continue
            case 0x202A...0x202E, 0x2066...0x2069:  // bidi embeddings, overrides and isolates
                continue
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// The width to lay tables out in: `COLUMNS`, else the terminal's width, else 100 when stdout is not a terminal.
    static func width(environment: [String: String] = ProcessInfo.processInfo.environment) -> Int {
        if let text = environment["COLUMNS"], let columns = Int(text), columns > 0 { return columns }
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        return 100
    }
}
