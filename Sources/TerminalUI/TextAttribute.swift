/// A text attribute a terminal can show without colour; the `mono` theme uses only these.
public enum TextAttribute: String, CaseIterable, Hashable, Sendable, Comparable {
    /// Bold or bright.
    case bold
    /// Dim / half-bright.
    case dim
    /// Underlined.
    case underline
    /// Foreground and background swapped.
    case reverse
    /// Italic (not every terminal shows it).
    case italic
    /// Blinking (rarely appropriate).
    case blink

    /// Orders by declaration, so attribute lists print in a stable order.
    public static func < (lhs: TextAttribute, rhs: TextAttribute) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
