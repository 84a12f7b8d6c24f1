import Testing
import TerminalUI

struct FooterTests {
    static let hints = [
        FooterHint(key: "c", label: "checkout"), FooterHint(key: "x", label: "remove"),
        FooterHint(key: "+/-", label: "quantity"),
    ]

    @Test("hints are drawn with key and label roles, as in the style guide")
    func roles() {
        var grid = CellGrid(size: Size(width: 40, height: 1))
        let drawn = Footer.render(hints: Self.hints, frame: Rect(size: grid.size), into: &grid)
        #expect(drawn == 3)
        #expect(grid.plainText() == "c checkout  x remove  +/- quantity")
        #expect(grid.roleMap(legend: [.footerKey: "k", .footerLabel: "f"])
            == "kfffffffffffkfffffffffkkkfffffffff......")
    }

    @Test("only whole hints that fit are drawn")
    func fitting() {
        var grid = CellGrid(size: Size(width: 21, height: 1))
        #expect(Footer.render(hints: Self.hints, frame: Rect(size: grid.size), into: &grid) == 2)
        #expect(grid.plainText() == "c checkout  x remove")
        var tiny = CellGrid(size: Size(width: 5, height: 1))
        #expect(Footer.render(hints: Self.hints, frame: Rect(size: tiny.size), into: &tiny) == 0)
    }

    @Test("disabled hints are shown dim, not hidden")
    func disabled() {
        var grid = CellGrid(size: Size(width: 30, height: 1))
        Footer.render(hints: [FooterHint(key: .char("q"), label: "quit"),
                              FooterHint(key: .char("c"), label: "checkout", isEnabled: false)],
                      frame: Rect(size: grid.size), into: &grid)
        #expect(grid.plainText() == "q quit  c checkout")
        #expect(grid[8, 0].role == .dim && grid[0, 0].role == .footerKey)
    }
}
