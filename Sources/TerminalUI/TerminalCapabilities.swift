/// What the terminal can show, used to pick a theme (`mono` without colours) and glyphs (ASCII without UTF-8).
public struct TerminalCapabilities: Hashable, Sendable {
    /// The current size in cells.
    public var size: Size
    /// Whether colours can be used (false with `NO_COLOR`, `--no-color` or a terminal without colours).
    public var hasColors: Bool
    /// How many colours the terminal has (0, 8, 16, 256, …).
    public var colorCount: Int
    /// Whether the locale's character set is UTF-8, so Unicode box drawing and CJK can be shown.
    public var isUTF8: Bool

    /// Creates a capability description.
    public init(size: Size, hasColors: Bool = true, colorCount: Int = 256, isUTF8: Bool = true) {
        self.size = size
        self.hasColors = hasColors
        self.colorCount = colorCount
        self.isUTF8 = isUTF8
    }

    /// `.unicode` when the locale is UTF-8, otherwise `.ascii`.
    public var preferredGlyphs: Glyphs { isUTF8 ? .unicode : .ascii }
}
