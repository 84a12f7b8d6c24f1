/// A cell position on a canvas: `x` counts columns from the left, `y` counts rows from the top, both from zero.
public struct Point: Hashable, Sendable, CustomStringConvertible {
    /// The column, zero-based.
    public var x: Int
    /// The row, zero-based.
    public var y: Int

    /// Creates a point at column `x`, row `y`.
    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }

    /// The top-left cell.
    public static let zero = Point(x: 0, y: 0)

    /// The point moved by `dx` columns and `dy` rows.
    public func offsetBy(dx: Int = 0, dy: Int = 0) -> Point {
        Point(x: x + dx, y: y + dy)
    }

    /// `"(x,y)"`, for test failure messages.
    public var description: String { "(\(x),\(y))" }
}
