import CNcurses
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

extension CursesTerminal {
    /// Prints `lines` as plain text (no escape sequences) and waits for `q`, Enter or end of input, for a
    /// terminal that cannot draw a screen: the person still reads why, and quits the way they always do.
    ///
    /// The terminal's settings are switched to single key reads without echo and put back before returning.
    /// - Returns: true when the person pressed a quit key, false when input ended.
    @discardableResult
    public static func showPlainNotice(_ lines: [String], input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO) -> Bool {
        let text = lines.joined(separator: "\r\n") + "\r\n"
        _ = text.withCString { write(output, $0, strlen($0)) }
        var saved = termios()
        let isTerminal = tcgetattr(input, &saved) == 0
        if isTerminal {
            var raw = saved
            raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
            withUnsafeMutableBytes(of: &raw.c_cc) { cc in
                cc[Int(VMIN)] = 1
                cc[Int(VTIME)] = 0
            }
            tcsetattr(input, TCSANOW, &raw)
        }
        defer { if isTerminal { tcsetattr(input, TCSANOW, &saved) } }
        var byte: UInt8 = 0
        while true {
            let count = read(input, &byte, 1)
            if count < 0, errno == EINTR { continue }
            guard count == 1 else { return false }
            if byte == UInt8(ascii: "q") || byte == UInt8(ascii: "Q") || byte == 0x0D || byte == 0x0A { return true }
        }
    }
}
