/// A place panes and widgets draw into: a screen, an in-memory ``CellGrid``, or anything else with cells.
///
/// Only two requirements; every drawing helper (text, boxes, lines, fills) is an extension, so a new canvas
/// gets all of them for free.
///
/// ```swift
/// var grid = CellGrid(size: Size(width: 40, height: 5))
/// grid.box(Rect(size: grid.size), title: "Customers", isFocused: true, glyphs: .unicode)
/// grid.write("Contoso Ltd", at: Point(x: 2, y: 1), role: .text)
/// ```
public protocol Canvas {
    /// The drawable area; valid points are `(0..<width, 0..<height)`.
    var size: Size { get }

    /// Sets one cell. Points outside the canvas are ignored (clipping is not an error).
    mutating func put(_ cell: Cell, at point: Point)
}
