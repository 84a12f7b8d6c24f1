// MARK: - Fills, lines and boxes

extension Canvas {
    /// Paints every cell of `rect` with `character` (a space by default) and `role`: clears an area.
    public mutating func fill(_ rect: Rect, role: StyleRole = .text, character: Character = " ") {
        let area = rect.intersection(Rect(size: size))
        guard !area.isEmpty else { return }
        // A wide fill character would need continuation cells; fills use single-width characters only.
        let fillCharacter: Character = DisplayWidth.of(character) == 1 ? character : " "
        for y in area.rows {
            for x in area.columns {
                put(Cell(character: fillCharacter, role: role), at: Point(x: x, y: y))
            }
        }
    }

    /// Draws a horizontal line of `length` cells starting at `origin`.
    public mutating func horizontalLine(at origin: Point, length: Int, role: StyleRole = .border, glyphs: Glyphs) {
        guard length > 0 else { return }
        for offset in 0..<length {
            put(Cell(character: glyphs.horizontal, role: role), at: origin.offsetBy(dx: offset))
        }
    }

    /// Draws a separator across a box at row `y`: `├───┤` joined to the box's sides (a table above, details below).
    public mutating func boxSeparator(across frame: Rect, at y: Int, role: StyleRole = .borderFocused, glyphs: Glyphs) {
        put(Cell(character: glyphs.teeRight, role: role), at: Point(x: frame.x, y: y))
        horizontalLine(at: Point(x: frame.x + 1, y: y), length: frame.width - 2, role: role, glyphs: glyphs)
        put(Cell(character: glyphs.teeLeft, role: role), at: Point(x: frame.maxX - 1, y: y))
    }

    /// Draws a vertical line of `length` cells starting at `origin` and going down.
    public mutating func verticalLine(at origin: Point, length: Int, role: StyleRole = .border, glyphs: Glyphs) {
        guard length > 0 else { return }
        for offset in 0..<length {
            put(Cell(character: glyphs.vertical, role: role), at: origin.offsetBy(dy: offset))
        }
    }

    /// Draws a border around `rect` with an optional title in the top border, using the pane roles:
    /// `border`/`title`, or `border.focused`/`title.focused` when `isFocused`.
    ///
    /// The interior is not cleared (use ``fill(_:role:character:)`` first when needed); draw content in
    /// `rect.inset(by: 1)`. Rectangles smaller than 2×2 draw nothing.
    public mutating func box(_ rect: Rect, title: String? = nil, isFocused: Bool = false, glyphs: Glyphs = .unicode) {
        box(rect, title: title, borderRole: isFocused ? .borderFocused : .border,
            titleRole: isFocused ? .titleFocused : .title, glyphs: glyphs)
    }

    /// Draws a border around `rect` with explicit roles (modals use `modal.border`/`modal.title`).
    ///
    /// The title starts right after the top-left corner and is truncated with the glyph set's ellipsis
    /// so that both top corners stay visible.
    public mutating func box(
        _ rect: Rect, title: String?, borderRole: StyleRole, titleRole: StyleRole, glyphs: Glyphs
    ) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let top = rect.y
        let bottom = rect.maxY - 1
        let left = rect.x
        let right = rect.maxX - 1
        put(Cell(character: glyphs.topLeft, role: borderRole), at: Point(x: left, y: top))
        put(Cell(character: glyphs.topRight, role: borderRole), at: Point(x: right, y: top))
        put(Cell(character: glyphs.bottomLeft, role: borderRole), at: Point(x: left, y: bottom))
        put(Cell(character: glyphs.bottomRight, role: borderRole), at: Point(x: right, y: bottom))
        horizontalLine(at: Point(x: left + 1, y: top), length: rect.width - 2, role: borderRole, glyphs: glyphs)
        horizontalLine(at: Point(x: left + 1, y: bottom), length: rect.width - 2, role: borderRole, glyphs: glyphs)
        verticalLine(at: Point(x: left, y: top + 1), length: rect.height - 2, role: borderRole, glyphs: glyphs)
        verticalLine(at: Point(x: right, y: top + 1), length: rect.height - 2, role: borderRole, glyphs: glyphs)
        if let title, !title.isEmpty {
            writeTruncated(title, at: Point(x: left + 1, y: top), width: rect.width - 2, role: titleRole,
                           ellipsis: glyphs.ellipsis)
        }
    }

    /// Writes a short label into the bottom border of a box drawn around `rect`, right-aligned one cell
    /// before the corner (`──12/340─╯`). Used for scroll positions and counts.
    public mutating func borderLabel(_ label: String, on rect: Rect, role: StyleRole = .border, glyphs: Glyphs) {
        guard rect.width > 4, rect.height >= 2, !label.isEmpty else { return }
        writeRightAligned(label, at: Point(x: rect.x + 1, y: rect.maxY - 1), width: rect.width - 3, role: role,
                          ellipsis: glyphs.ellipsis)
    }
}
