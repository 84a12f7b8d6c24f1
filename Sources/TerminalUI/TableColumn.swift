/// A column of a ``TableView``: its title, how wide it is, and how its cells are aligned.
public struct TableColumn: Hashable, Sendable {
    /// How a column's width is decided.
    public enum Width: Hashable, Sendable {
        /// Exactly this many columns.
        case fixed(Int)
        /// At least `min` columns; flexible columns share the width left over by the others equally.
        case flexible(min: Int)
    }

    /// The header text.
    public var title: String
    /// The width rule.
    public var width: Width
    /// Alignment of the header and the cells (`.right` for numbers and prices).
    public var alignment: TextAlignment

    /// Creates a column.
    public init(_ title: String, width: Width, alignment: TextAlignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }

    /// Creates a column (labelled form).
    public init(title: String, width: Width, alignment: TextAlignment = .left) {
        self.init(title, width: width, alignment: alignment)
    }
}
