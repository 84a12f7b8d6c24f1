import Foundation

/// A colour in a theme: the terminal's default, one of the 16 named colours, or a 256-colour index.
public enum ThemeColor: Hashable, Sendable, CustomStringConvertible {
    /// The terminal's own foreground or background (transparent background).
    case `default`
    /// One of the 16 named colours.
    case named(NamedColor)
    /// A 256-colour palette index.
    case index(UInt8)

    /// Parses a theme-file colour name: `default`, a ``NamedColor`` name (`bright-red`, also `brightRed`,
    /// `bright_red`, `grey`/`gray` for bright black), or a palette index written as `"208"` or `"color208"`.
    public init?(name: String) {
        let key = name.lowercased().replacingOccurrences(of: "_", with: "-")
        if key == "default" || key == "none" {
            self = .default
            return
        }
        if key == "grey" || key == "gray" {
            self = .named(.brightBlack)
            return
        }
        if let named = NamedColor(rawValue: key) ?? NamedColor.allCases.first(where: {
            $0.rawValue.replacingOccurrences(of: "-", with: "") == key
        }) {
            self = .named(named)
            return
        }
        let digits = key.hasPrefix("color") ? String(key.dropFirst(5)) : key
        if let number = UInt8(digits) {
            self = .index(number)
            return
        }
        return nil
    }

    /// The canonical theme-file spelling (`default`, `bright-red`, `208`).
    public var description: String {
        switch self {
        case .default: return "default"
        case .named(let color): return color.rawValue
        case .index(let number): return String(number)
        }
    }
}
