import CNcurses
import TerminalUI

/// Translates what `wget_wch` returns into ``KeyChord``s. Pure, so it is tested without a terminal.
public enum CursesKeyMap {
    /// What one `wget_wch` result means.
    public enum Input: Hashable, Sendable {
        /// A key the program understands.
        case key(KeyChord)
        /// The terminal was resized (`KEY_RESIZE`).
        case resize
        /// Nothing usable: a timeout, an error or a key with no chord (mouse, unknown function key).
        case none
    }

    /// Translates a `wget_wch` result.
    /// - Parameters:
    ///   - status: `wget_wch`'s return value: `OK`, `KEY_CODE_YES` or `ERR`.
    ///   - code: The character (for `OK`) or the `KEY_*` code (for `KEY_CODE_YES`).
    public static func translate(status: Int32, code: UInt32) -> Input {
        switch status {
        case KEY_CODE_YES:
            if Int32(truncatingIfNeeded: code) == KEY_RESIZE { return .resize }
            return chord(forKeyCode: Int32(truncatingIfNeeded: code)).map(Input.key) ?? .none
        case OK:
            return chord(forCharacter: code).map(Input.key) ?? .none
        default:
            return .none
        }
    }

    /// Cursor-key sequences in both forms, "application" (`ESC O A`) and "normal" (`ESC [ A`), with Home and End.
    /// Terminfo names one form; terminals that ignore keypad-transmit mode, and some SSH clients, send the
    /// other, which curses would otherwise deliver as Escape followed by letters (Escape closes the form, `C`
    /// opens the cart). `CursesTerminal` registers them all with `define_key`.
    public static let cursorKeySequences: [(sequence: String, code: Int32)] = [
        ("\u{1B}[A", KEY_UP), ("\u{1B}[B", KEY_DOWN), ("\u{1B}[C", KEY_RIGHT), ("\u{1B}[D", KEY_LEFT),
        ("\u{1B}OA", KEY_UP), ("\u{1B}OB", KEY_DOWN), ("\u{1B}OC", KEY_RIGHT), ("\u{1B}OD", KEY_LEFT),
        ("\u{1B}[H", KEY_HOME), ("\u{1B}[F", KEY_END), ("\u{1B}OH", KEY_HOME), ("\u{1B}OF", KEY_END),
        ("\u{1B}[1~", KEY_HOME), ("\u{1B}[4~", KEY_END),
    ]

    /// The chord for a curses function-key code (`KEY_UP`, `KEY_F(5)`, …), or `nil` when it has none.
    public static func chord(forKeyCode code: Int32) -> KeyChord? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_BTAB: return .backTab
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_BACKSPACE: return .backspace
        case KEY_ENTER: return .enter
        default:
            let function = code - cn_key_f(0)
            if (1...24).contains(function) { return .function(Int(function)) }
            return nil
        }
    }

    /// The chord for a character code: printable characters, and the control codes terminals send for
    /// Tab (9), Enter (10/13), Esc (27), Backspace (8/127) and Ctrl-letters (1–26).
    public static func chord(forCharacter code: UInt32) -> KeyChord? {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26:
            guard let letter = Unicode.Scalar(0x60 + code) else { return nil }
            return .ctrl(Character(letter))
        case 0..<32, 128..<160:
            return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .char(Character(scalar))
        }
    }
}
