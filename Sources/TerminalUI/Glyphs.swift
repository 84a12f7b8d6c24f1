/// The characters widgets draw structure with, so one switch (`--ascii`, a non-UTF-8 locale) swaps
/// every box, marker and bar for plain ASCII.
public struct Glyphs: Hashable, Sendable {
    /// Horizontal border segment.
    public var horizontal: Character
    /// Vertical border segment.
    public var vertical: Character
    /// Top-left corner.
    public var topLeft: Character
    /// Top-right corner.
    public var topRight: Character
    /// Bottom-left corner.
    public var bottomLeft: Character
    /// Bottom-right corner.
    public var bottomRight: Character
    /// A vertical border with a branch to the right (`├`), for separators inside boxes.
    public var teeRight: Character
    /// A vertical border with a branch to the left (`┤`).
    public var teeLeft: Character
    /// Marks the selected row of a list.
    public var marker: Character
    /// Ends truncated text.
    public var ellipsis: String
    /// Shown when more content lies above.
    public var scrollUp: Character
    /// Shown when more content lies below.
    public var scrollDown: Character
    /// The thumb of a scroll bar.
    public var scrollThumb: Character
    /// The track of a scroll bar.
    public var scrollTrack: Character
    /// A full bar cell.
    public var barFull: Character
    /// Partial bar cells from 1/8 to 7/8 (ASCII has none and rounds to full or empty).
    public var barPartials: [Character]
    /// Frames of the busy spinner.
    public var spinnerFrames: [Character]
    /// Partial column cells from 1/8 to 7/8 high (`▁`…`▇`), for vertical bars and sparklines; ASCII uses `=` for half.
    public var columnPartials: [Character]
    /// A tick on a chart axis.
    public var axisTick: Character
    /// Points up at a spot on an axis (the selected row's date).
    public var pointerUp: Character
    /// Marks the title of the list that has the keys when a pane holds two (seen without colour too).
    public var focusMark: Character

    /// Creates a glyph set.
    public init(
        horizontal: Character, vertical: Character, topLeft: Character, topRight: Character,
        bottomLeft: Character, bottomRight: Character, teeRight: Character, teeLeft: Character,
        marker: Character, ellipsis: String, scrollUp: Character, scrollDown: Character,
        scrollThumb: Character, scrollTrack: Character, barFull: Character, barPartials: [Character],
        spinnerFrames: [Character], columnPartials: [Character] = [], axisTick: Character = "+", pointerUp: Character = "^",
        focusMark: Character = ">"
    ) {
        self.horizontal = horizontal
        self.vertical = vertical
        self.topLeft = topLeft
        self.topRight = topRight
        self.bottomLeft = bottomLeft
        self.bottomRight = bottomRight
        self.teeRight = teeRight
        self.teeLeft = teeLeft
        self.marker = marker
        self.ellipsis = ellipsis
        self.scrollUp = scrollUp
        self.scrollDown = scrollDown
        self.scrollThumb = scrollThumb
        self.scrollTrack = scrollTrack
        self.barFull = barFull
        self.barPartials = barPartials
        self.spinnerFrames = spinnerFrames
        self.columnPartials = columnPartials
        self.axisTick = axisTick
        self.pointerUp = pointerUp
        self.focusMark = focusMark
    }

    /// Rounded Unicode box drawing (`╭─╮│╰╯`), `›` marker, `…` ellipsis, block bars, braille spinner.
    public static let unicode = Glyphs(
        horizontal: "─", vertical: "│", topLeft: "╭", topRight: "╮", bottomLeft: "╰", bottomRight: "╯",
        teeRight: "├", teeLeft: "┤", marker: "›", ellipsis: "…", scrollUp: "▲", scrollDown: "▼",
        scrollThumb: "█", scrollTrack: "│", barFull: "█", barPartials: ["▏", "▎", "▍", "▌", "▋", "▊", "▉"],
        spinnerFrames: ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"],
        columnPartials: ["▁", "▂", "▃", "▄", "▅", "▆", "▇"], axisTick: "┼", pointerUp: "▲", focusMark: "▶"
    )

    /// Plain ASCII (`+-|`), `>` marker, `...` ellipsis, `#` bars, `|/-\` spinner: for `--ascii` and
    /// non-UTF-8 locales.
    public static let ascii = Glyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        teeRight: "+", teeLeft: "+", marker: ">", ellipsis: "...", scrollUp: "^", scrollDown: "v",
        scrollThumb: "#", scrollTrack: "|", barFull: "#", barPartials: [],
        spinnerFrames: ["|", "/", "-", "\\"], columnPartials: ["="], axisTick: "+", pointerUp: "^"
    )

    /// A horizontal bar `fraction` (0…1) of `width` cells long, using partial blocks where available.
    public func bar(fraction: Double, width: Int) -> String {
        guard width > 0, fraction.isFinite else { return "" }
        let clamped = Swift.min(1, Swift.max(0, fraction))
        let steps = barPartials.count + 1
        let totalSteps = Int((clamped * Double(width * steps)).rounded())
        var result = String(repeating: barFull, count: totalSteps / steps)
        let remainder = totalSteps % steps
        if remainder > 0 { result.append(barPartials[remainder - 1]) }
        return result
    }
}
