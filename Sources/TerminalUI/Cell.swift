/// One terminal cell: a character and the role it is painted with.
///
/// A double-width character (CJK, most emoji) occupies two cells: the first holds the character, the second
/// is a *continuation* cell that holds nothing. Keeping the continuation explicit keeps every row exactly
/// `width` cells long, so the grid, snapshots and the curses backend agree on columns.
public struct Cell: Hashable, Sendable {
    /// The grapheme shown in this cell (a space for blanks and continuation cells).
    public var character: Character
    /// How the cell is painted.
    public var role: StyleRole
    /// Whether this is the right half of a double-width character drawn in the cell to its left.
    public var isContinuation: Bool

    /// Creates a cell.
    public init(character: Character = " ", role: StyleRole = .text, isContinuation: Bool = false) {
        self.character = character
        self.role = role
        self.isContinuation = isContinuation
    }

    /// A blank cell painted with `text`.
    public static let blank = Cell()

    /// A blank cell painted with `role` (fills, cleared areas).
    public static func blank(role: StyleRole) -> Cell {
        Cell(character: " ", role: role)
    }

    /// The right half of a double-width character painted with `role`.
    public static func continuation(role: StyleRole) -> Cell {
        Cell(character: " ", role: role, isContinuation: true)
    }

    /// How many columns the character takes (0 for continuation cells).
    public var displayWidth: Int {
        isContinuation ? 0 : DisplayWidth.of(character)
    }
}
