/// A key the user pressed, independent of how the terminal encoded it.
///
/// Binding tables list chords; the curses backend maps raw key codes to them. Control chords use the
/// lowercase letter (`.ctrl("c")`); use ``ctrl(_:)`` (the static function is the case itself) with a
/// lowercase letter, or ``init(parsing:)`` which normalises.
public enum KeyChord: Hashable, Sendable, CustomStringConvertible {
    /// A printable character, including space and punctuation (`q`, `/`, `?`, `G`, `é`).
    case char(Character)
    /// Arrow up.
    case up
    /// Arrow down.
    case down
    /// Arrow left.
    case left
    /// Arrow right.
    case right
    /// Home.
    case home
    /// End.
    case end
    /// Page Up.
    case pageUp
    /// Page Down.
    case pageDown
    /// Tab.
    case tab
    /// Shift-Tab.
    case backTab
    /// Enter / Return.
    case enter
    /// Escape.
    case escape
    /// Backspace (also Ctrl-H and DEL as most terminals send it).
    case backspace
    /// Delete (forward delete).
    case delete
    /// Insert.
    case insert
    /// A control letter, lowercase: `.ctrl("c")` is Ctrl-C.
    case ctrl(Character)
    /// A function key, `F1` is `.function(1)`.
    case function(Int)

    /// A short name for help screens and footers: `↑`, `PgDn`, `Ctrl-C`, `Esc`, `/`, `q`, `Space`.
    public var displayName: String {
        switch self {
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        default: return asciiName
        }
    }

    /// Like ``displayName`` but ASCII only (`Up` instead of `↑`), for `--ascii` and generated docs.
    public var asciiName: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let character): return String(character)
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .insert: return "Ins"
        case .ctrl(let character): return "Ctrl-" + character.uppercased()
        case .function(let number): return "F\(number)"
        }
    }

    /// The ASCII name, so failure messages and keymap files read naturally.
    public var description: String { asciiName }

    /// Whether this is a printable character an input field should insert.
    public var isPrintable: Bool {
        guard case .char(let character) = self else { return false }
        return DisplayWidth.of(character) > 0
    }

    /// Parses a key name as written in keymap files and docs: `q`, `Space`, `Enter`, `Esc`, `Tab`,
    /// `Shift-Tab`, `Up`/`↑`, `PgDn`, `Ctrl-C` (any case), `F5`. Returns `nil` for anything else.
    public init?(parsing name: String) {
        let lower = name.lowercased()
        if name.count == 1, let character = name.first {
            switch character {
            case "↑": self = .up
            case "↓": self = .down
            case "←": self = .left
            case "→": self = .right
            default: self = .char(character)
            }
            return
        }
        if lower.hasPrefix("ctrl-") || lower.hasPrefix("c-") || lower.hasPrefix("^") {
            let rest = lower.drop(while: { $0 != "-" && $0 != "^" }).dropFirst()
            guard rest.count == 1, let letter = rest.first, letter.isLetter, letter.isASCII else { return nil }
            self = .ctrl(letter)
            return
        }
        if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), (1...24).contains(number) {
            self = .function(number)
            return
        }
        let named: [String: KeyChord] = [
            "space": .char(" "), "up": .up, "down": .down, "left": .left, "right": .right, "home": .home,
            "end": .end, "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
            "tab": .tab, "shift-tab": .backTab, "backtab": .backTab, "enter": .enter, "return": .enter,
            "esc": .escape, "escape": .escape, "backspace": .backspace, "del": .delete, "delete": .delete,
            "ins": .insert, "insert": .insert,
        ]
        guard let chord = named[lower] else { return nil }
        self = chord
    }
}
