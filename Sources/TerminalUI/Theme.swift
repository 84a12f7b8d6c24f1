/// Maps style roles to colours and attributes.
///
/// Lookups fall back along ``StyleRole/fallbackChain``: a theme that styles `border` but not
/// `border.focused` paints focused borders like other borders; anything unstyled is painted like `text`.
///
/// ```swift
/// let theme = try ThemeCatalog(directories: [themesURL]).load(named: "light")
/// let style = theme.style(for: .statusError)
/// ```
public struct Theme: Hashable, Sendable {
    /// The theme's name (`default`, `mono`, …).
    public var name: String
    /// The styles the theme defines, by role; roles not listed fall back (see ``style(for:)``).
    public var styles: [StyleRole: Style]

    /// Creates a theme.
    public init(name: String, styles: [StyleRole: Style]) {
        self.name = name
        self.styles = styles
    }

    /// The style for `role`: its own entry, else its parent's (`border.focused` → `border`), …, else
    /// `text`'s, else ``Style/plain``.
    public func style(for role: StyleRole) -> Style {
        for candidate in role.fallbackChain {
            if let style = styles[candidate] { return style }
        }
        return .plain
    }

    /// Shorthand for ``style(for:)``.
    public subscript(role: StyleRole) -> Style {
        style(for: role)
    }

    /// Whether any role uses a colour; false for attribute-only themes such as `mono`.
    public var usesColors: Bool {
        styles.values.contains { $0.foreground != nil || $0.background != nil }
    }

    /// The standard roles this theme does not style itself (they would fall back).
    public var missingStandardRoles: [StyleRole] {
        StyleRole.standard.filter { styles[$0] == nil }
    }
}
