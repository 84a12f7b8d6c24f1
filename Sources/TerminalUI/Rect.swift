/// A rectangle of cells: the frame a pane, widget or modal draws into.
///
/// Layout helpers never produce negative sizes, so splitting a frame that is too small yields empty
/// rectangles rather than crashes.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
    /// The top-left cell.
    public var origin: Point
    /// Width and height in cells.
    public var size: Size

    /// Creates a rectangle from an origin and a size.
    public init(origin: Point, size: Size) {
        self.origin = origin
        self.size = size
    }

    /// Creates a rectangle from its coordinates; negative sizes become zero.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.init(origin: Point(x: x, y: y), size: Size(width: width, height: height))
    }

    /// A rectangle at the origin covering `size`, e.g. a whole screen.
    public init(size: Size) {
        self.init(origin: .zero, size: size)
    }

    /// The first column.
    public var x: Int { origin.x }
    /// The first row.
    public var y: Int { origin.y }
    /// The number of columns.
    public var width: Int { size.width }
    /// The number of rows.
    public var height: Int { size.height }
    /// One past the last column.
    public var maxX: Int { origin.x + size.width }
    /// One past the last row.
    public var maxY: Int { origin.y + size.height }
    /// Whether the rectangle has no cells.
    public var isEmpty: Bool { size.isEmpty }

    /// The row indices covered, top to bottom.
    public var rows: Range<Int> { y..<maxY }
    /// The column indices covered, left to right.
    public var columns: Range<Int> { x..<maxX }

    /// Whether `point` lies inside.
    public func contains(_ point: Point) -> Bool {
        columns.contains(point.x) && rows.contains(point.y)
    }

    /// The rectangle shrunk by `amount` cells on every side (a box's interior is `inset(by: 1)`).
    public func inset(by amount: Int) -> Rect {
        inset(top: amount, left: amount, bottom: amount, right: amount)
    }

    /// The rectangle shrunk by different amounts per side; never smaller than empty.
    public func inset(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) -> Rect {
        Rect(x: x + left, y: y + top, width: width - left - right, height: height - top - bottom)
    }

    /// Splits into a left part `leftWidth` columns wide (clamped to the width) and the rest on the right.
    public func splitVertically(leftWidth: Int) -> (Rect, Rect) {
        let left = min(max(0, leftWidth), width)
        return (Rect(x: x, y: y, width: left, height: height),
                Rect(x: x + left, y: y, width: width - left, height: height))
    }

    /// Splits into a top part `topHeight` rows high (clamped to the height) and the rest below.
    public func splitHorizontally(topHeight: Int) -> (Rect, Rect) {
        let top = min(max(0, topHeight), height)
        return (Rect(x: x, y: y, width: width, height: top),
                Rect(x: x, y: y + top, width: width, height: height - top))
    }

    /// The single row at `offset` from the top, or an empty rectangle when it is outside.
    public func row(_ offset: Int) -> Rect {
        guard (0..<height).contains(offset) else { return Rect(x: x, y: y + offset, width: 0, height: 0) }
        return Rect(x: x, y: y + offset, width: width, height: 1)
    }

    /// The bottom `count` rows (clamped).
    public func bottomRows(_ count: Int) -> Rect {
        splitHorizontally(topHeight: height - max(0, count)).1
    }

    /// The overlap of two rectangles, empty (at `self.origin`) when they do not meet.
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x)
        let top = max(y, other.y)
        let right = min(maxX, other.maxX)
        let bottom = min(maxY, other.maxY)
        guard right > left, bottom > top else { return Rect(origin: origin, size: .zero) }
        return Rect(x: left, y: top, width: right - left, height: bottom - top)
    }

    /// A rectangle of `size` (clamped to this one) centred inside this one.
    public func centered(_ size: Size) -> Rect {
        let w = min(size.width, width)
        let h = min(size.height, height)
        return Rect(x: x + (width - w) / 2, y: y + (height - h) / 2, width: w, height: h)
    }

    /// `"(x,y) WxH"`, for test failure messages.
    public var description: String { "\(origin) \(size)" }
}
