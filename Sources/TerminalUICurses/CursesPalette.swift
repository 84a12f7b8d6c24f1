import TerminalUI

/// Maps theme colours to curses colour numbers for a terminal with `colorCount` colours.
///
/// Pure, so the fallbacks are tested: bright colours on an 8-colour terminal become the basic colour
/// (bold for foregrounds), 256-colour indices become the nearest basic colour, and the terminal default
/// is -1 when `use_default_colors` worked (white on black otherwise).
public struct CursesPalette: Hashable, Sendable {
    /// `COLORS`.
    public var colorCount: Int
    /// Whether `use_default_colors()` succeeded, so -1 means "terminal default".
    public var hasDefaultColors: Bool

    /// The curses colour number for `color`, and whether a foreground needs bold to look bright.
    public func number(for color: ThemeColor?, isBackground: Bool) -> (number: Int16, needsBold: Bool) {
        switch color {
        case nil, .default?:
            if hasDefaultColors { return (-1, false) }
            return (isBackground ? 0 : 7, false)
        case .named(let named)?:
            if named.index < colorCount { return (Int16(named.index), false) }
            return (Int16(named.basic.index), named.isBright && !isBackground)
        case .index(let index)?:
            if Int(index) < colorCount { return (Int16(index), false) }
            if index < 16, let named = NamedColor.allCases.dropFirst(Int(index)).first {
                return number(for: .named(named), isBackground: isBackground)
            }
            return (Self.nearestBasic(index), false)
        }
    }

    /// The basic colour (0–7) closest to a 256-colour palette entry.
    static func nearestBasic(_ index: UInt8) -> Int16 {
        if index >= 232 { return index >= 244 ? 7 : 0 }  // grey ramp: light grey → white, dark → black
        let cube = Int(index) - 16
        let red = cube / 36
        let green = (cube / 6) % 6
        let blue = cube % 6
        return Int16((red > 2 ? 1 : 0) + (green > 2 ? 2 : 0) + (blue > 2 ? 4 : 0))
    }
}
