/// The 16 colours every colour terminal has: 8 basic and 8 bright. Raw values are the names used in
/// theme files (`"cyan"`, `"bright-black"`).
public enum NamedColor: String, CaseIterable, Hashable, Sendable {
    /// Colour 0.
    case black
    /// Colour 1.
    case red
    /// Colour 2.
    case green
    /// Colour 3.
    case yellow
    /// Colour 4.
    case blue
    /// Colour 5.
    case magenta
    /// Colour 6.
    case cyan
    /// Colour 7.
    case white
    /// Colour 8 (grey on most terminals).
    case brightBlack = "bright-black"
    /// Colour 9.
    case brightRed = "bright-red"
    /// Colour 10.
    case brightGreen = "bright-green"
    /// Colour 11.
    case brightYellow = "bright-yellow"
    /// Colour 12.
    case brightBlue = "bright-blue"
    /// Colour 13.
    case brightMagenta = "bright-magenta"
    /// Colour 14.
    case brightCyan = "bright-cyan"
    /// Colour 15.
    case brightWhite = "bright-white"

    /// The terminal colour number, 0–15.
    public var index: Int {
        Self.allCases.firstIndex(of: self) ?? 0
    }

    /// Whether this is one of the bright colours (8–15).
    public var isBright: Bool { index >= 8 }

    /// The basic colour (0–7) a bright colour falls back to on an 8-colour terminal.
    public var basic: NamedColor {
        isBright ? Self.allCases[index - 8] : self
    }
}
