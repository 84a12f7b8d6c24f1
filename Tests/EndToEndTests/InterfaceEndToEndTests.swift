import Foundation
import Testing

/// The real binary in tmux: start on the sandbox, type, read the screen, quit, check the terminal.
/// Serialized: each test starts its own pcres and sandbox, and the machine has two cores.
@Suite(.serialized)
struct InterfaceEndToEndTests {
    @Test("filter customers by typing, open one, see its subscriptions, quit with q, terminal restored")
    func filterOpenQuit() throws {
        let session = try TmuxSession(width: 100, height: 30)
        try session.waitFor("SANDBOX")
        try session.waitFor("48 customers loaded")
        try session.press("/")
        try session.type("tail")
        let filtered = try session.waitUntil(description: "one match while typing") {
            $0.contains("Customers (1/48)") && $0.contains("keep filter") && $0.contains("Tailspin Toys  ")
        }
        #expect(filtered.contains("Tailspin Toys"))
        #expect(!filtered.contains("Contoso Ltd "), "other customers are filtered out")
        try session.press("Enter")
        try session.waitUntil(description: "the filter kept and closed") { $0.contains("Enter open") && !$0.contains("keep filter") }
        try session.press("Enter")
        let subscriptions = try session.waitUntil(description: "Tailspin's subscriptions in focus") {
            $0.contains("Customers › Tailspin Toys › Subscriptions") && $0.contains("h back") && $0.contains("MS-AZR-0145P")
        }
        #expect(subscriptions.contains("Subscriptions · Tailspin Toys"))
        #expect(subscriptions.contains("MS-AZR-0145P") && subscriptions.contains("Azure plan"))
        try session.press("q")
        let after = try session.waitFor("EXIT=0")
        #expect(!after.contains("╭"), "the alternate screen is gone")
        #expect(after.contains("icanon") && !after.contains("-icanon"), "canonical mode is back")
        #expect(after.contains("echo") && !after.contains("-echo"), "echo is back")
    }

    @Test("wide names draw in the right columns, an 80x24 resize stacks the panes, ? shows help")
    func wideNamesResizeAndHelp() throws {
        let session = try TmuxSession(width: 100, height: 30)
        let screen = try session.waitUntil(description: "countries of 株式会社テスト and Fjord Fiskeri") { screen in
            let lines = screen.split(separator: "\n")
            return lines.contains { $0.contains("株式会社テスト") && $0.contains("JP") }
                && lines.contains { $0.contains("Fjord Fiskeri AS") && $0.contains("NO ") }
        }
        let lines = screen.split(separator: "\n").map(String.init)
        let japanese = try #require(lines.first { $0.contains("株式会社テスト") })
        let norway = try #require(lines.first { $0.contains("Fjord Fiskeri AS") })
        let japaneseCountry = try #require(japanese.range(of: "JP"))
        let norwayCountry = try #require(norway.range(of: "NO "))
        // capture-pane prints one character per cell; a wide character takes two cells but one character.
        let japaneseColumn = japanese[..<japaneseCountry.lowerBound].reduce(0) { $0 + ($1.unicodeScalars.first!.value >= 0x3000 ? 2 : 1) }
        #expect(japaneseColumn == norway.distance(from: norway.startIndex, to: norwayCountry.lowerBound))

        try session.resize(width: 80, height: 24)
        let stacked = try session.waitUntil(description: "stacked layout at 80x24") { screen in
            let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return rows.count >= 24 && rows.contains { $0.hasPrefix("╭ Subscriptions") } && rows.contains { $0.hasPrefix("╭ Customers") }
        }
        #expect(stacked.split(separator: "\n").allSatisfy { $0.count <= 80 })
        try session.press("?")
        try session.waitFor("— Esc closes, / searches")
        try session.press("Escape")
        try session.waitUntil(description: "help closed") { !$0.contains("— Esc closes, / searches") }
        try session.resize(width: 30, height: 8)
        try session.waitFor("Terminal too small")
        try session.resize(width: 100, height: 30)
        try session.waitFor("╭ Customers (48)")
        try session.press("q")
        try session.waitFor("EXIT=0")
    }

    @Test("SIGTERM and SIGHUP restore the terminal and exit with 128+signal", arguments: [("TERM", 15), ("HUP", 1)])
    func signalsRestoreTerminal(signal: String, number: Int32) throws {
        let session = try TmuxSession(width: 100, height: 30)
        try session.waitFor("customers loaded")
        let pid = try session.programPID()
        try TmuxSession.run("/bin/kill", ["-\(signal)", String(pid)])
        let after = try session.waitFor("EXIT=\(128 + number)")
        #expect(!after.contains("╭ Customers"))
        #expect(after.contains("icanon") && !after.contains("-icanon"))
    }

    @Test("when the terminal goes away (the tmux session is killed, as a dropped link does) pcres exits instead of spinning")
    func terminalGoneAway() throws {
        let session = try TmuxSession(width: 100, height: 30)
        try session.waitFor("customers loaded")
        let pid = try session.programPID()
        try TmuxSession.tmux(["kill-session", "-t", session.name])
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline, kill(pid, 0) == 0 { Thread.sleep(forTimeInterval: 0.1) }
        #expect(kill(pid, 0) != 0, "pcres \(pid) is still running after its terminal closed")
    }

    @Test("no key crashes the interface: a storm of keys, then q still quits cleanly")
    func keyStorm() throws {
        let session = try TmuxSession(width: 100, height: 30)
        try session.waitFor("customers loaded")
        for key in ["Down", "Down", "PageDown", "End", "Home", "Tab", "BTab", "Right", "Left", "F1", "F5", "Escape", "Up", "Escape", "Escape"] {
            try session.press(key)
        }
        try session.type("jjjkkkgG/zz")
        // Wait until the storm has been read (the filter is open), so the Esc below is not read together with ':'.
        try session.waitFor("keep filter")
        try session.press("Escape")
        // Esc then ':' within curses' escape delay reads as one Alt chord, as in any curses program; a person
        // is slower than that, so wait until Esc has closed the filter.
        try session.waitUntil(description: "the filter closed") { !$0.contains("keep filter") }
        Thread.sleep(forTimeInterval: 0.3)
        try session.type(":nope")
        try session.press("Enter")
        try session.waitFor("Unknown command :nope")
        try session.press("q")
        try session.waitFor("EXIT=0")
    }
}
