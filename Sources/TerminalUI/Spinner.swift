/// The frames of a busy indicator, advanced by a tick counter the app state owns (no clock in here).
public struct Spinner: Hashable, Sendable {
    /// The frames, shown in order and repeated.
    public var frames: [Character]

    /// Creates a spinner from frames; an empty list shows a space.
    public init(frames: [Character]) {
        self.frames = frames
    }

    /// The spinner of a glyph set (braille dots for Unicode, `|/-\` for ASCII).
    public init(glyphs: Glyphs) {
        self.init(frames: glyphs.spinnerFrames)
    }

    /// Braille dots: `⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏`.
    public static let unicode = Spinner(glyphs: .unicode)

    /// `|/-\`.
    public static let ascii = Spinner(glyphs: .ascii)

    /// The frame for `tick` (any integer, negative ones too).
    public func frame(at tick: Int) -> Character {
        guard !frames.isEmpty else { return " " }
        let count = frames.count
        return frames[((tick % count) + count) % count]
    }
}
