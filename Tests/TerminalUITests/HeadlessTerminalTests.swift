import Testing
import TerminalUI

struct HeadlessTerminalTests {
    @Test("replays events one per call, then returns nil")
    func replay() {
        let terminal = HeadlessTerminal(size: Size(width: 20, height: 5), events: [.key(.down), .key(.char("q"))])
        #expect(terminal.nextEvent(timeout: .milliseconds(80)) == .key(.down))
        #expect(terminal.nextEvent(timeout: .milliseconds(80)) == .key(.char("q")))
        #expect(terminal.nextEvent(timeout: .milliseconds(80)) == nil)
        terminal.enqueue(keys: [.escape])
        #expect(terminal.remainingEventCount == 1)
        #expect(terminal.nextEvent(timeout: .zero) == .key(.escape))
    }

    @Test("resize changes the size and enqueues a resize event after pending ones")
    func resize() {
        let terminal = HeadlessTerminal(size: Size(width: 100, height: 30), events: [.key(.up)])
        terminal.resize(to: Size(width: 80, height: 24))
        #expect(terminal.capabilities.size == Size(width: 80, height: 24))
        #expect(terminal.nextEvent(timeout: .zero) == .key(.up))
        #expect(terminal.nextEvent(timeout: .zero) == .resize(Size(width: 80, height: 24)))
    }

    @Test("records every presented frame and the theme")
    func frames() {
        let terminal = HeadlessTerminal(size: Size(width: 5, height: 1), hasColors: false)
        var first = CellGrid(size: terminal.capabilities.size)
        first.write("one", at: .zero)
        var second = first
        second.write("two", at: .zero)
        terminal.present(first, theme: .mono)
        terminal.present(second, theme: .mono)
        #expect(terminal.presentedFrames.map { $0.plainText() } == ["one", "two"])
        #expect(terminal.lastFrame == second)
        #expect(terminal.lastTheme?.name == "mono")
        #expect(!terminal.capabilities.hasColors)
    }

    @Test("a small run loop against the headless terminal")
    func runLoop() {
        let terminal = HeadlessTerminal(size: Size(width: 12, height: 3),
                                        events: [.key(.down), .key(.down), .key(.char("q")), .key(.up)])
        var state = TableState()
        while let event = terminal.nextEvent(timeout: .milliseconds(80)) {
            if event == .key(.char("q")) { break }
            if event == .key(.down) { state.moveDown(count: 5) }
            var grid = CellGrid(size: terminal.capabilities.size)
            TableView.render(columns: [TableColumn("N", width: .flexible(min: 1))], rows: (1...5).map { ["\($0)"] },
                             state: state, frame: Rect(size: grid.size), isFocused: true, showsPosition: false,
                             into: &grid)
            terminal.present(grid, theme: .default)
        }
        #expect(terminal.presentedFrames.count == 2)
        #expect(terminal.lastFrame?.plainText() == "  N\n  2\n› 3")
        #expect(terminal.remainingEventCount == 1)
    }
}
