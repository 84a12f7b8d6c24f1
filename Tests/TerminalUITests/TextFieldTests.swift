import Testing
import TerminalUI

struct TextFieldTests {
    private func typed(_ keys: [KeyChord], into field: TextField = TextField()) -> TextField {
        var field = field
        for key in keys { _ = field.handle(key) }
        return field
    }

    @Test("typing inserts at the cursor, including in the middle")
    func typing() {
        var field = typed([.char("c"), .char("n"), .char("t")])
        #expect(field == TextField(text: "cnt", cursor: 3))
        field = typed([.left, .left, .char("o")], into: field)
        #expect(field.text == "cont" && field.cursor == 2)
    }

    @Test("backspace and delete remove around the cursor and stop at the ends")
    func deleting() {
        var field = TextField(text: "abc")
        field = typed([.backspace], into: field)
        #expect(field == TextField(text: "ab", cursor: 2))
        field = typed([.home, .backspace, .delete], into: field)
        #expect(field == TextField(text: "b", cursor: 0))
        field = typed([.end, .delete, .ctrl("h")], into: field)
        #expect(field == TextField(text: "", cursor: 0))
    }

    @Test("Ctrl-W deletes the word before the cursor, Ctrl-U clears, Ctrl-K cuts to the end")
    func killing() {
        var field = TextField(text: "west europe  ")
        field = typed([.ctrl("w")], into: field)
        #expect(field == TextField(text: "west ", cursor: 5))
        field = typed([.ctrl("u")], into: field)
        #expect(field == TextField())
        field = typed([.ctrl("k")], into: TextField(text: "standard_d2s", cursor: 8))
        #expect(field == TextField(text: "standard", cursor: 8))
    }

    @Test("editing keys are consumed, others are left to the caller")
    func consumption() {
        var field = TextField()
        let consumed = [KeyChord.left, .char("株")].map { field.handle($0) }
        let passedOn = [KeyChord.enter, .escape, .down, .char("\u{7}")].map { field.handle($0) }
        #expect(consumed == [true, true])  // ← is consumed even though nothing moved
        #expect(passedOn == [false, false, false, false])
        #expect(field.text == "株")
    }

    @Test("the cursor is shown with the cursor role after the prompt")
    func render() {
        var grid = CellGrid(size: Size(width: 12, height: 1))
        let x = TextField(text: "株式", cursor: 1).render(prompt: "/", frame: Rect(size: grid.size), into: &grid)
        #expect(grid.plainText() == "/株式")
        #expect(x == 3)
        #expect(grid[3, 0].role == .cursor && grid[4, 0].role == .cursor && grid[1, 0].role == .filter)
    }

    @Test("long text scrolls so the cursor stays visible")
    func scrolling() {
        var grid = CellGrid(size: Size(width: 8, height: 1))
        let field = TextField(text: "standard_d2s_v5")
        let x = field.render(prompt: ":", frame: Rect(size: grid.size), into: &grid)
        #expect(grid.plainText() == ":d2s_v5")
        #expect(x == 7)
        #expect(grid[7, 0].role == .cursor)
    }

    @Test("without focus no cursor is drawn")
    func unfocused() {
        var grid = CellGrid(size: Size(width: 8, height: 1))
        TextField(text: "ab").render(prompt: "/", frame: Rect(size: grid.size), isFocused: false, into: &grid)
        #expect(!grid.roleMap(legend: [.cursor: "c"]).contains("c"))
    }
}
