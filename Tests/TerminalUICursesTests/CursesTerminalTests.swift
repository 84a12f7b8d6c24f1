import Foundation
import Testing
import TerminalUI
import TerminalUICurses

#if canImport(Glibc)
    import Glibc
#endif

/// Runs curses for real, writing to a temporary file instead of a terminal. Serialized: curses has one
/// global screen per process.
@Suite(.serialized)
struct CursesTerminalTests {
    private struct Fixture {
        let terminal: CursesTerminal
        let url: URL
        let output: Int32
        let input: Int32

        init(size: Size, terminalType: String = "xterm-256color", trapsSignals: Bool = false) throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("curses-\(UUID().uuidString).out")
            output = open(url.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            input = open("/dev/null", O_RDONLY)
            terminal = try CursesTerminal(options: .init(
                terminalType: terminalType, outputFileDescriptor: output, inputFileDescriptor: input, size: size,
                trapsSignals: trapsSignals))
        }

        func tearDown() {
            terminal.restore()
            close(output)
            close(input)
            try? FileManager.default.removeItem(at: url)
        }

        func written() -> String {
            (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        }
    }

    private static func list(selected: Int, size: Size) -> CellGrid {
        var grid = CellGrid(size: size)
        grid.box(Rect(size: size), title: "Customers", isFocused: true, glyphs: .unicode)
        TableView.render(columns: [TableColumn("Name", width: .flexible(min: 4)),
                                   TableColumn("Market", width: .fixed(6))],
                         rowCount: 1000, row: { [TableCell("Customer \($0)"), "NL"] },
                         state: TableState(selectedIndex: selected), frame: Rect(size: size).inset(by: 1),
                         isFocused: true, glyphs: .unicode, into: &grid)
        return grid
    }

    @Test("moving the selection in a 50-row list writes at most 200 bytes")
    func cursorMoveBytes() throws {
        let size = Size(width: 100, height: 50)
        let fixture = try Fixture(size: size)
        defer { fixture.tearDown() }
        #expect(fixture.terminal.capabilities.size == size)
        fixture.terminal.present(Self.list(selected: 10, size: size), theme: .default)
        let afterFirstFrame = try #require(fixture.terminal.bytesWritten)
        fixture.terminal.present(Self.list(selected: 11, size: size), theme: .default)
        let move = try #require(fixture.terminal.bytesWritten) - afterFirstFrame
        #expect(afterFirstFrame > 2000)  // the first frame is a full paint
        #expect(move > 0)
        #expect(move <= 200, "one cursor move wrote \(move) bytes")
        fixture.terminal.present(Self.list(selected: 11, size: size), theme: .default)
        #expect(fixture.terminal.bytesWritten == afterFirstFrame + move)  // nothing changed, nothing written
    }

    @Test("box drawing and CJK are written as UTF-8 text, not the ACS charset")
    func unicodeOutput() throws {
        let fixture = try Fixture(size: Size(width: 40, height: 5), terminalType: "vt100")
        defer { fixture.tearDown() }
        var grid = CellGrid(size: Size(width: 40, height: 5))
        grid.box(Rect(size: grid.size), title: "Ålandeilanden — Réunion", isFocused: true, glyphs: .unicode)
        grid.write("株式会社テスト|", at: Point(x: 2, y: 2))
        fixture.terminal.present(grid, theme: .mono)
        let text = fixture.written()
        #expect(!fixture.terminal.capabilities.hasColors)  // vt100 has none
        #expect(text.contains("╭Ålandeilanden — Réunion─"))
        #expect(text.contains("株式会社テスト|"))
        #expect(!text.contains("\u{0E}"))  // SO: switching to the alternate (ACS) charset
    }

    @Test("forceNoColor reports no colours even on a colour terminal")
    func forceNoColor() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("curses-\(UUID().uuidString).out")
        let output = open(url.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let input = open("/dev/null", O_RDONLY)
        defer {
            close(output)
            close(input)
            try? FileManager.default.removeItem(at: url)
        }
        let terminal = try CursesTerminal(options: .init(
            forceNoColor: true, asciiOnly: true, terminalType: "xterm-256color", outputFileDescriptor: output,
            inputFileDescriptor: input, size: Size(width: 20, height: 3), trapsSignals: false))
        defer { terminal.restore() }
        #expect(!terminal.capabilities.hasColors)
        #expect(terminal.capabilities.colorCount == 0)
        #expect(!terminal.capabilities.isUTF8)
        #expect(terminal.glyphs == .ascii)
    }

    @Test("an unknown terminal type is an error, not an exit")
    func unknownTerminal() {
        #expect(throws: CursesError.self) {
            _ = try Fixture(size: Size(width: 10, height: 2), terminalType: "no-such-terminal-xyz")
        }
    }

    @Test("SIGTERM is trapped and reported as a pending signal; restore is idempotent")
    func signals() throws {
        let fixture = try Fixture(size: Size(width: 20, height: 3), trapsSignals: true)
        defer { fixture.tearDown() }
        #expect(fixture.terminal.pendingSignal == nil)
        // Process-directed, like `kill -TERM`: raise() would target this thread, which may block signals.
        kill(getpid(), SIGTERM)
        var waited = 0
        while fixture.terminal.pendingSignal == nil, waited < 200 {
            usleep(5_000)
            waited += 1
        }
        #expect(fixture.terminal.pendingSignal == SIGTERM)
        #expect(fixture.terminal.nextEvent(timeout: .seconds(5)) == nil)  // returns at once
        #expect(CursesTerminal.exitStatus(forSignal: SIGTERM) == 143)
        fixture.terminal.restore()
        fixture.terminal.restore()
        fixture.terminal.present(CellGrid(size: Size(width: 20, height: 3)), theme: .default)  // ignored
    }

    @Test("with no input, nextEvent times out with nil")
    func timeout() throws {
        let fixture = try Fixture(size: Size(width: 20, height: 3))
        defer { fixture.tearDown() }
        #expect(fixture.terminal.nextEvent(timeout: .milliseconds(10)) == nil)
    }
}
