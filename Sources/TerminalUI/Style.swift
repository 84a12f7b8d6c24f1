/// How one role is painted: optional colours and a set of attributes.
///
/// `nil` colours mean "the terminal default", which stays transparent on terminals with
/// `use_default_colors`.
public struct Style: Hashable, Sendable {
    /// Text colour; `nil` for the terminal default.
    public var foreground: ThemeColor?
    /// Background colour; `nil` for the terminal default.
    public var background: ThemeColor?
    /// Bold, reverse, underline, …
    public var attributes: Set<TextAttribute>

    /// Creates a style.
    public init(foreground: ThemeColor? = nil, background: ThemeColor? = nil, attributes: Set<TextAttribute> = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// No colours, no attributes.
    public static let plain = Style()

    /// The same style without colours, for terminals that have none.
    public var withoutColors: Style {
        Style(attributes: attributes)
    }
}
