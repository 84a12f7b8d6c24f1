// MARK: - Text

extension Canvas {
    /// Writes `text` left to right from `origin` on one row, clipped to `maxWidth` columns and to the canvas.
    ///
    /// Double-width characters take two cells (the second a continuation cell); one that would not fit
    /// entirely is not drawn at all. Zero-width characters standing alone (control characters, stray
    /// combining marks) are skipped.
    ///
    /// - Parameters:
    ///   - text: The text; newlines and other control characters are not drawn.
    ///   - origin: The first cell.
    ///   - role: The role every written cell gets.
    ///   - maxWidth: At most this many columns; `nil` means up to the canvas edge.
    /// - Returns: The number of columns written.
    @discardableResult
    public mutating func write(_ text: String, at origin: Point, role: StyleRole = .text, maxWidth: Int? = nil) -> Int {
        let limit = Swift.min(maxWidth ?? Int.max, size.width - origin.x)
        guard limit > 0, (0..<size.height).contains(origin.y) else { return 0 }
        var used = 0
        for character in text {
            let width = DisplayWidth.of(character)
            if width == 0 { continue }
            guard used + width <= limit else { break }
            let x = origin.x + used
            put(Cell(character: character, role: role), at: Point(x: x, y: origin.y))
            if width == 2 { put(.continuation(role: role), at: Point(x: x + 1, y: origin.y)) }
            used += width
        }
        return used
    }

    /// Writes `text` in at most `width` columns, ending with `ellipsis` when it had to be cut.
    ///
    /// - Returns: The number of columns written.
    @discardableResult
    public mutating func writeTruncated(
        _ text: String, at origin: Point, width: Int, role: StyleRole = .text, ellipsis: String = "…"
    ) -> Int {
        write(DisplayWidth.truncate(text, to: width, ellipsis: ellipsis), at: origin, role: role, maxWidth: width)
    }

    /// Writes `text` so that it ends just before column `origin.x + width` (right-aligned in `width`
    /// columns), truncated with `ellipsis` when it does not fit. The columns to its left are not touched.
    ///
    /// - Returns: The column where the text starts.
    @discardableResult
    public mutating func writeRightAligned(
        _ text: String, at origin: Point, width: Int, role: StyleRole = .text, ellipsis: String = "…"
    ) -> Int {
        let cut = DisplayWidth.truncate(text, to: width, ellipsis: ellipsis)
        let start = origin.x + width - DisplayWidth.of(cut)
        write(cut, at: Point(x: start, y: origin.y), role: role, maxWidth: width)
        return start
    }

    /// Writes `text` on the first row of `rect`, aligned inside its width, truncated with `ellipsis`.
    /// Only the text's own cells are painted.
    ///
    /// - Returns: The number of columns written.
    @discardableResult
    public mutating func write(
        _ text: String, in rect: Rect, alignment: TextAlignment, role: StyleRole = .text, ellipsis: String = "…"
    ) -> Int {
        guard rect.height > 0, rect.width > 0 else { return 0 }
        let cut = DisplayWidth.truncate(text, to: rect.width, ellipsis: ellipsis)
        let gap = rect.width - DisplayWidth.of(cut)
        let offset: Int
        switch alignment {
        case .left: offset = 0
        case .right: offset = gap
        case .center: offset = gap / 2
        }
        return write(cut, at: Point(x: rect.x + offset, y: rect.y), role: role, maxWidth: rect.width - offset)
    }
}
