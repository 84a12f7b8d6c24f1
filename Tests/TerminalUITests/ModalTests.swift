import Testing
import TerminalUI
import TestSupport

struct ModalTests {
    static let modal = Modal(
        title: "Check out?",
        body: ["2 reservations for 株式会社テスト", StyledText("This places a real order.", role: .danger)],
        buttons: ["Cancel", "OK"], focusedButton: 0)

    @Test("a confirmation modal over a filled screen")
    func confirmation() throws {
        var grid = CellGrid(size: Size(width: 50, height: 9))
        grid.fill(Rect(size: grid.size), character: ".")
        let area = Self.modal.render(in: Rect(size: grid.size), glyphs: .unicode, into: &grid)
        #expect(area == Rect(x: 6, y: 1, width: 37, height: 6))
        try assertSnapshot(grid.plainText(), named: "confirmation")
        try assertSnapshot(grid.roleMap(legend: [
            .modalBorder: "B", .modalTitle: "T", .button: "b", .buttonFocused: "F", .danger: "!", .text: " ",
        ]), named: "confirmation-roles")
    }

    @Test("body lines wrap to the width and buttons stay on the last row")
    func wrapping() {
        var grid = CellGrid(size: Size(width: 24, height: 10))
        let modal = Modal(title: "Help", body: ["one two three four five six seven"], buttons: ["OK"], focusedButton: 0)
        let area = modal.render(size: Size(width: 20, height: 7), in: Rect(size: grid.size), glyphs: .ascii,
                                into: &grid)
        #expect(area == Rect(x: 2, y: 1, width: 20, height: 7))
        #expect(grid.text(ofRow: 2) == "  | one two three    |")
        #expect(grid.text(ofRow: 3) == "  | four five six    |")
        #expect(grid.text(ofRow: 6) == "  |           [ OK ] |")
        #expect(grid[14, 6].role == .buttonFocused)
    }

    @Test("without buttons the body uses every interior row")
    func noButtons() {
        var grid = CellGrid(size: Size(width: 20, height: 5))
        let modal = Modal(title: "Info", lines: ["one", "two", "three"])
        #expect(modal.preferredSize(in: Rect(size: grid.size)) == Size(width: 20, height: 5))
        modal.render(in: Rect(size: grid.size), glyphs: .ascii, into: &grid)
        #expect(grid.plainText() == "+Info--------------+\n| one              |\n| two              |\n| three            |\n+------------------+")
    }

    @Test("the centred rect is clamped to the frame")
    func centeredRect() {
        let frame = Rect(x: 0, y: 0, width: 80, height: 24)
        #expect(Modal.centeredRect(size: Size(width: 40, height: 10), in: frame) == Rect(x: 20, y: 7, width: 40, height: 10))
        #expect(Modal.centeredRect(size: Size(width: 100, height: 30), in: frame) == frame)
    }
}
