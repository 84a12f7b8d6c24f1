/// A run of text with an optional role of its own: a table cell, a modal body line.
///
/// String literals convert, so `["Contoso", "NO"]` is a row of two plain cells and
/// `StyledText("€ 120,00", role: .price)` is a styled one.
public struct StyledText: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The text.
    public var text: String
    /// The role to paint it with; `nil` uses the widget's default (`text`).
    public var role: StyleRole?

    /// Creates styled text.
    public init(_ text: String, role: StyleRole? = nil) {
        self.text = text
        self.role = role
    }

    /// Creates unstyled text from a literal.
    public init(stringLiteral value: String) {
        self.init(value)
    }

    /// The text.
    public var description: String { text }
}

/// One cell of a ``TableView`` row: text plus an optional role (a price, a warning).
public typealias TableCell = StyledText
