import Testing
import TerminalUI

struct CellGridTests {
    @Test("a wide character takes its cell plus a continuation cell")
    func wideCharacter() {
        var grid = CellGrid(size: Size(width: 6, height: 1))
        let used = grid.write("株a", at: Point(x: 1, y: 0), role: .price)
        #expect(used == 3)
        #expect(grid[1, 0] == Cell(character: "株", role: .price))
        #expect(grid[2, 0].isContinuation)
        #expect(grid[3, 0].character == "a")
        #expect(grid.plainText() == " 株a")
    }

    @Test("a wide character that would not fit is not half-drawn")
    func noHalfDraw() {
        var grid = CellGrid(size: Size(width: 5, height: 1))
        #expect(grid.write("ab株", at: .zero, maxWidth: 3) == 2)
        #expect(grid.plainText() == "ab")
        #expect(grid.write("abc株", at: Point(x: 0, y: 0)) == 5)
        #expect(grid.write("abcd株", at: Point(x: 0, y: 0)) == 4)  // 株 would need columns 4 and 5
        // `d` replaced the left half of the earlier 株, so its right half was blanked too.
        #expect(grid.plainText() == "abcd")
        #expect(!grid[4, 0].isContinuation)
    }

    @Test("overwriting either half of a wide character blanks the other half")
    func tornWideCharacter() {
        var grid = CellGrid(size: Size(width: 4, height: 1))
        grid.write("株式", at: .zero)
        grid.put(Cell(character: "x"), at: Point(x: 1, y: 0))  // right half of 株
        #expect(grid[0, 0] == .blank)
        grid.put(Cell(character: "y"), at: Point(x: 2, y: 0))  // left half of 式
        #expect(!grid[3, 0].isContinuation)
        #expect(grid.plainText() == " xy")
    }

    @Test("plain text trims trailing spaces and drops continuation cells")
    func plainText() {
        var grid = CellGrid(size: Size(width: 10, height: 3))
        grid.write("株式会社", at: .zero)
        grid.write("x  ", at: Point(x: 2, y: 2))
        #expect(grid.plainText() == "株式会社\n\n  x")
        #expect(grid.text(ofRow: 0).count == 4)
    }

    @Test("role map uses legend letters and dots, one per column")
    func roleMap() {
        var grid = CellGrid(size: Size(width: 5, height: 1))
        grid.write("株", at: .zero, role: .selection)
        grid.write("k", at: Point(x: 3, y: 0), role: .footerKey)
        #expect(grid.roleMap(legend: [.selection: "s", .footerKey: "k"]) == "ss.k.")
    }

    @Test("points outside the grid are ignored")
    func clipping() {
        var grid = CellGrid(size: Size(width: 3, height: 2))
        grid.put(Cell(character: "x"), at: Point(x: 3, y: 0))
        grid.put(Cell(character: "x"), at: Point(x: -1, y: 1))
        grid.write("hello", at: Point(x: 1, y: 5))
        #expect(grid == CellGrid(size: Size(width: 3, height: 2)))
        #expect(grid.cell(at: Point(x: 3, y: 0)) == nil)
    }

    @Test("grids with different content are not equal")
    func equality() {
        var a = CellGrid(size: Size(width: 3, height: 1))
        var b = a
        a.write("a", at: .zero)
        b.write("a", at: .zero, role: .dim)
        #expect(a != b)
        #expect(a.plainText() == b.plainText())
    }
}
