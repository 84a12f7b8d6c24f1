import Testing
import TerminalUI
import TestSupport

struct CanvasTests {
    @Test("a focused box with a Unicode title")
    func focusedBox() throws {
        var grid = CellGrid(size: Size(width: 30, height: 4))
        grid.box(Rect(size: grid.size), title: "Ålandeilanden — Réunion", isFocused: true, glyphs: .unicode)
        try assertSnapshot(grid.plainText(), named: "focused-box")
        let topRow = grid.roleMap(legend: [.borderFocused: "B", .titleFocused: "T"]).split(separator: "\n")
            .map(String.init)[0]
        #expect(topRow == "B" + String(repeating: "T", count: 23) + String(repeating: "B", count: 6))
    }

    @Test("a long title is truncated so both corners stay; ASCII glyphs")
    func asciiBoxLongTitle() throws {
        var grid = CellGrid(size: Size(width: 16, height: 3))
        grid.box(Rect(size: grid.size), title: "Northwind Traders International", isFocused: false, glyphs: .ascii)
        try assertSnapshot(grid.plainText(), named: "ascii-box-long-title")
        #expect(grid[0, 1].role == .border && grid[1, 0].role == .title)
    }

    @Test("a CJK title that does not fit leaves no half character")
    func cjkTitle() {
        var grid = CellGrid(size: Size(width: 9, height: 2))
        grid.box(Rect(size: grid.size), title: "株式会社テスト", glyphs: .unicode)
        #expect(grid.text(ofRow: 0) == "╭株式会…╮")
        #expect(grid[8, 0].character == "╮")
    }

    @Test("boxes smaller than 2x2 draw nothing")
    func tinyBox() {
        var grid = CellGrid(size: Size(width: 3, height: 3))
        grid.box(Rect(x: 0, y: 0, width: 1, height: 3), title: "x", glyphs: .unicode)
        #expect(grid == CellGrid(size: grid.size))
    }

    @Test("fill paints every cell of the rectangle, clipped to the canvas")
    func fill() {
        var grid = CellGrid(size: Size(width: 4, height: 3))
        grid.fill(Rect(x: 2, y: 1, width: 5, height: 5), role: .selection, character: "#")
        #expect(grid.plainText() == "\n  ##\n  ##")
        #expect(grid[3, 2].role == .selection && grid[1, 1].role == .text)
    }

    @Test("right-aligned text ends at the edge and truncated text ends with an ellipsis")
    func alignment() {
        var grid = CellGrid(size: Size(width: 10, height: 3))
        let start = grid.writeRightAligned("12/340", at: Point(x: 0, y: 0), width: 10)
        #expect(start == 4)
        grid.writeTruncated("Contoso Limited", at: Point(x: 0, y: 1), width: 8)
        grid.write("株", in: Rect(x: 0, y: 2, width: 6, height: 1), alignment: .center)
        #expect(grid.plainText() == "    12/340\nContoso…\n  株")
    }

    @Test("a border label sits in the bottom border before the corner")
    func borderLabel() {
        var grid = CellGrid(size: Size(width: 14, height: 3))
        grid.box(Rect(size: grid.size), glyphs: .unicode)
        grid.borderLabel("3/40", on: Rect(size: grid.size), glyphs: .unicode)
        #expect(grid.text(ofRow: 2) == "╰───────3/40─╯")
    }

    @Test("control characters and newlines are not drawn")
    func controlCharacters() {
        var grid = CellGrid(size: Size(width: 10, height: 1))
        #expect(grid.write("a\tb\nc", at: .zero) == 3)
        #expect(grid.plainText() == "abc")
    }
}
