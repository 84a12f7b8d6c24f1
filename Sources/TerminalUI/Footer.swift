/// Draws the key-hint line: `c checkout  x remove  +/- quantity`.
///
/// Keys are painted `footer.key`, labels (with the space before them and the gap after) `footer.label`;
/// disabled hints are `dim`. Only whole hints are drawn: those that do not fit are left out, in order.
public enum Footer {
    /// Blank columns between two hints.
    public static let spacing = 2

    /// Draws as many hints as fit on the first row of `frame`, which is cleared first.
    /// - Returns: The number of hints drawn.
    @discardableResult
    public static func render(hints: [FooterHint], frame: Rect, into canvas: inout some Canvas) -> Int {
        guard frame.width > 0, frame.height > 0 else { return 0 }
        let line = Rect(x: frame.x, y: frame.y, width: frame.width, height: 1)
        canvas.fill(line, role: .text)
        var x = line.x
        var drawn = 0
        for (index, hint) in hints.enumerated() {
            let gap = index == 0 ? 0 : spacing
            guard x + gap + hint.displayWidth <= line.maxX else { break }
            if gap > 0 {
                // The gap belongs to the hint before it, as the label's trailing space.
                canvas.write(String(repeating: " ", count: gap), at: Point(x: x, y: line.y),
                             role: hints[index - 1].isEnabled ? .footerLabel : .dim)
                x += gap
            }
            x += canvas.write(hint.key, at: Point(x: x, y: line.y), role: hint.isEnabled ? .footerKey : .dim)
            x += canvas.write(" " + hint.label, at: Point(x: x, y: line.y), role: hint.isEnabled ? .footerLabel : .dim)
            drawn += 1
        }
        return drawn
    }
}
