/// An in-memory screen: the canvas every pane renders into, and what a ``Terminal`` presents.
///
/// Equatable, so tests compare whole frames; `plainText()` and `roleMap(legend:)` turn it into the text
/// stored in snapshot files. Writing over half of a double-width character blanks the other half, so the
/// grid never holds a torn wide character and every row stays exactly `width` columns.
public struct CellGrid: Canvas, Equatable, Sendable {
    /// Width and height in cells.
    public let size: Size
    /// Row-major cells, `size.width * size.height` of them.
    public private(set) var cells: [Cell]

    /// A grid of `size` filled with `fill` (blank text cells by default).
    public init(size: Size, fill: Cell = .blank) {
        self.size = size
        self.cells = Array(repeating: fill, count: size.width * size.height)
    }

    /// Sets one cell; points outside the grid are ignored.
    public mutating func put(_ cell: Cell, at point: Point) {
        guard (0..<size.width).contains(point.x), (0..<size.height).contains(point.y) else { return }
        let index = point.y * size.width + point.x
        // Keep wide characters whole: overwriting either half blanks the other half.
        if cells[index].isContinuation, !cell.isContinuation, point.x > 0 {
            cells[index - 1] = .blank(role: cells[index - 1].role)
        }
        if point.x + 1 < size.width, cells[index + 1].isContinuation {
            cells[index + 1] = .blank(role: cells[index + 1].role)
        }
        cells[index] = cell
    }

    /// The cell at `point`, or `nil` outside the grid.
    public func cell(at point: Point) -> Cell? {
        guard (0..<size.width).contains(point.x), (0..<size.height).contains(point.y) else { return nil }
        return cells[point.y * size.width + point.x]
    }

    /// The cell at `point`; a blank cell outside the grid.
    public subscript(point: Point) -> Cell {
        cell(at: point) ?? .blank
    }

    /// The cell at column `x`, row `y`; a blank cell outside the grid.
    public subscript(x: Int, y: Int) -> Cell {
        self[Point(x: x, y: y)]
    }

    /// The cells of row `y` (empty outside the grid).
    public func row(_ y: Int) -> ArraySlice<Cell> {
        guard (0..<size.height).contains(y) else { return [] }
        return cells[(y * size.width)..<((y + 1) * size.width)]
    }

    /// The text of row `y` with trailing spaces trimmed; continuation cells emit nothing.
    public func text(ofRow y: Int) -> String {
        var line = ""
        for cell in row(y) where !cell.isContinuation {
            line.append(cell.character)
        }
        while line.last == " " { line.removeLast() }
        return line
    }

    /// One line per row with trailing spaces trimmed: the format stored in snapshot files.
    public func plainText() -> String {
        (0..<size.height).map { text(ofRow: $0) }.joined(separator: "\n")
    }

    /// The grid with one legend character per cell (`.` for roles not in the legend), for tests that check
    /// focus and selection styling. A continuation cell repeats its role's letter, so columns line up with
    /// the screen rather than with `plainText()`.
    public func roleMap(legend: [StyleRole: Character]) -> String {
        (0..<size.height).map { y in
            String(row(y).map { legend[$0.role] ?? "." })
        }.joined(separator: "\n")
    }
}
