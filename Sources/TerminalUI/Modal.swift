/// A centred dialog: a bordered box with a title, body lines and optional buttons (`[ Cancel ] [ OK ]`).
///
/// A value, so a modal stack in the app state can hold it and tests can compare it. Drawing clears the
/// modal's area first, so the panes behind do not show through.
///
/// ```swift
/// let modal = Modal(title: "Check out?", body: ["2 reservations, € 1.234,00"], buttons: ["Cancel", "OK"],
///                   focusedButton: 0)
/// modal.render(in: screen, glyphs: glyphs, into: &grid)
/// ```
public struct Modal: Hashable, Sendable {
    /// Shown in the top border.
    public var title: String
    /// Body lines; long lines are word-wrapped to the modal's width.
    public var body: [StyledText]
    /// Button labels, left to right, drawn as `[ label ]`.
    public var buttons: [String]
    /// The button Enter would activate (painted `button.focused`), if any.
    public var focusedButton: Int?

    /// Creates a modal.
    public init(title: String, body: [StyledText] = [], buttons: [String] = [], focusedButton: Int? = nil) {
        self.title = title
        self.body = body
        self.buttons = buttons
        self.focusedButton = focusedButton
    }

    /// Creates a modal whose body lines are plain text.
    public init(title: String, lines: [String], buttons: [String] = [], focusedButton: Int? = nil) {
        self.init(title: title, body: lines.map { StyledText($0) }, buttons: buttons, focusedButton: focusedButton)
    }

    /// The rectangle of `size` centred in `frame` (clamped to it).
    public static func centeredRect(size: Size, in frame: Rect) -> Rect {
        frame.centered(size)
    }

    /// Columns the button row takes: `[ Cancel ] [ OK ]`.
    public var buttonRowWidth: Int {
        guard !buttons.isEmpty else { return 0 }
        return buttons.map { DisplayWidth.of($0) + 4 }.reduce(0, +) + (buttons.count - 1)
    }

    /// The size that fits the content inside `frame`: wide enough for the title, the longest body line
    /// and the buttons (at most the frame), tall enough for the wrapped body.
    public func preferredSize(in frame: Rect) -> Size {
        let widest = max(DisplayWidth.of(title) + 2, buttonRowWidth + 4,
                         body.map { DisplayWidth.of($0.text) + 4 }.max() ?? 0, 20)
        let width = min(widest, frame.width)
        let height = 2 + bodyLines(width: width - 4).count + (buttons.isEmpty ? 0 : 2)
        return Size(width: width, height: min(height, frame.height))
    }

    /// Body lines wrapped to `width` columns, each keeping its role.
    /// Lines that fit are kept as they are (aligned columns keep their spacing); longer ones are word-wrapped.
    public func bodyLines(width: Int) -> [StyledText] {
        body.flatMap { line in
            if DisplayWidth.of(line.text) <= width { return [line] }
            return DisplayWidth.wrap(line.text, width: width).map { StyledText($0, role: line.role) }
        }
    }

    /// Draws the modal centred in `frame`, at `size` or its ``preferredSize(in:)``.
    ///
    /// Roles: `modal.border`, `modal.title`, body lines their own role or `text`, buttons `button` and
    /// `button.focused`. Body lines that do not fit are cut; the button row always stays on the last
    /// interior row.
    /// - Returns: The rectangle the modal covers.
    @discardableResult
    public func render(size: Size? = nil, in frame: Rect, glyphs: Glyphs = .unicode, into canvas: inout some Canvas)
        -> Rect
    {
        let area = Self.centeredRect(size: size ?? preferredSize(in: frame), in: frame)
        guard area.width >= 2, area.height >= 2 else { return area }
        canvas.fill(area, role: .text)
        canvas.box(area, title: title, borderRole: .modalBorder, titleRole: .modalTitle, glyphs: glyphs)
        let content = area.inset(top: 1, left: 2, bottom: 1, right: 2)
        guard !content.isEmpty else { return area }
        let buttonRows = buttons.isEmpty ? 0 : min(2, content.height)
        let bodyArea = content.inset(bottom: buttonRows)
        for (offset, line) in bodyLines(width: content.width).prefix(bodyArea.height).enumerated() {
            canvas.writeTruncated(line.text, at: Point(x: content.x, y: bodyArea.y + offset), width: content.width,
                                  role: line.role ?? .text, ellipsis: glyphs.ellipsis)
        }
        if !buttons.isEmpty {
            var x = content.maxX - min(buttonRowWidth, content.width)
            let y = content.maxY - 1
            for (index, label) in buttons.enumerated() {
                let role: StyleRole = index == focusedButton ? .buttonFocused : .button
                x += canvas.write("[ \(label) ]", at: Point(x: x, y: y), role: role, maxWidth: content.maxX - x) + 1
            }
        }
        return area
    }
}
