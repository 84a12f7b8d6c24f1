/// What a cell *means* (a border, a selection, an error), never what colour it is.
///
/// Panes paint with roles; a ``Theme`` maps them to colours and attributes. Roles are dotted lowercase
/// names, and a lookup falls back by dropping the last dotted component and finally to ``text``:
/// `"status.error.detail"` → `"status.error"` → `"status"` → `"text"`.
///
/// ```swift
/// canvas.write("Out of stock", at: point, role: .statusError)
/// canvas.write("€ 1.234,00", at: point, role: "price.total")   // custom roles are string literals
/// ```
public struct StyleRole: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible,
    Comparable
{
    /// The dotted name, e.g. `"border.focused"`.
    public var rawValue: String

    /// Creates a role from its dotted name.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Creates a role from a string literal.
    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    /// The role one step up in the fallback chain (`"border.focused"` → `"border"`), `text` for a
    /// single-component role, and `nil` for `text` itself.
    public var parent: StyleRole? {
        if self == .text { return nil }
        if let dot = rawValue.lastIndex(of: ".") { return StyleRole(rawValue: String(rawValue[..<dot])) }
        return .text
    }

    /// The roles a theme consults for this one, most specific first, ending with `text`.
    public var fallbackChain: [StyleRole] {
        var chain = [self]
        var current = self
        while let next = current.parent {
            chain.append(next)
            current = next
        }
        return chain
    }

    /// The dotted name.
    public var description: String { rawValue }

    /// Orders by name, so role lists print deterministically.
    public static func < (lhs: StyleRole, rhs: StyleRole) -> Bool { lhs.rawValue < rhs.rawValue }
}

// MARK: - Standard roles

extension StyleRole {
    /// Ordinary text; the root of every fallback chain.
    public static let text: StyleRole = "text"
    /// Secondary, de-emphasised text (hints, empty-list messages).
    public static let dim: StyleRole = "dim"
    /// A pane border when the pane does not have focus.
    public static let border: StyleRole = "border"
    /// The border of the focused pane.
    public static let borderFocused: StyleRole = "border.focused"
    /// A pane title in the top border when the pane does not have focus.
    public static let title: StyleRole = "title"
    /// The title of the focused pane.
    public static let titleFocused: StyleRole = "title.focused"
    /// Table column headers.
    public static let header: StyleRole = "header"
    /// The selected row of the focused pane.
    public static let selection: StyleRole = "selection"
    /// The selected row of a pane without focus.
    public static let selectionUnfocused: StyleRole = "selection.unfocused"
    /// The key in a footer hint (`q`).
    public static let footerKey: StyleRole = "footer.key"
    /// The label in a footer hint (`quit`).
    public static let footerLabel: StyleRole = "footer.label"
    /// A neutral status-line message.
    public static let statusInfo: StyleRole = "status.info"
    /// A status-line error.
    public static let statusError: StyleRole = "status.error"
    /// A status-line success message.
    public static let statusSuccess: StyleRole = "status.success"
    /// A status-line warning.
    public static let statusWarning: StyleRole = "status.warning"
    /// Anything destructive or costly (purchase buttons, "not sold in this market").
    public static let danger: StyleRole = "danger"
    /// The always-visible `SANDBOX` badge.
    public static let badgeSandbox: StyleRole = "badge.sandbox"
    /// The `LIVE` badge: the endpoint is Microsoft's, purchases are real.
    public static let badgeLive: StyleRole = "badge.live"
    /// A market/country badge next to a customer.
    public static let badgeMarket: StyleRole = "badge.market"
    /// Prices and totals.
    public static let price: StyleRole = "price"
    /// The `/` filter line and highlighted filter matches.
    public static let filter: StyleRole = "filter"
    /// The top header bar (breadcrumbs, profile).
    public static let headerBar: StyleRole = "header.bar"
    /// The border of a modal dialog.
    public static let modalBorder: StyleRole = "modal.border"
    /// The title of a modal dialog.
    public static let modalTitle: StyleRole = "modal.title"
    /// A dialog button without focus.
    public static let button: StyleRole = "button"
    /// The dialog button that Enter activates.
    public static let buttonFocused: StyleRole = "button.focused"
    /// Bars and sparklines.
    public static let chart: StyleRole = "chart"
    /// The text cursor in an input line.
    public static let cursor: StyleRole = "cursor"

    /// Every standard role above; shipped themes must style each of them.
    public static let standard: [StyleRole] = [
        .text, .dim, .border, .borderFocused, .title, .titleFocused, .header, .selection, .selectionUnfocused,
        .footerKey, .footerLabel, .statusInfo, .statusError, .statusSuccess, .statusWarning, .danger,
        .badgeSandbox, .badgeLive, .badgeMarket, .price, .filter, .headerBar, .modalBorder, .modalTitle, .button,
        .buttonFocused, .chart, .cursor,
    ]
}
