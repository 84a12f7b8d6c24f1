/// A size in terminal cells. Negative values are clamped to zero by every initialiser, so a layout
/// computed on a tiny terminal never produces a negative width.
public struct Size: Hashable, Sendable, CustomStringConvertible {
    /// Columns.
    public var width: Int
    /// Rows.
    public var height: Int

    /// Creates a size; negative values become zero.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// Zero by zero.
    public static let zero = Size(width: 0, height: 0)

    /// Whether the size has no cells.
    public var isEmpty: Bool { width == 0 || height == 0 }

    /// `"WxH"`, as terminals report sizes.
    public var description: String { "\(width)x\(height)" }
}
