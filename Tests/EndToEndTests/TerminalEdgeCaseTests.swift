import Foundation
import Testing

/// The interface on awkward terminals: tiny, old (vt100), dumb, and a C locale. None may crash or leave
/// unreadable output, and q must still quit with exit status 0 and a restored terminal.
/// Serialized: each test starts its own pcres and sandbox, and the machine has two cores.
@Suite(.serialized)
struct TerminalEdgeCaseTests {
    /// Quits with q and checks the exit status and that canonical mode and echo are back.
    private func quitCleanly(_ session: TmuxSession) throws {
        try session.press("q")
        let after = try session.waitFor("EXIT=", timeout: 20)
        #expect(after.contains("EXIT=0"), "q must exit 0; the screen was:\n\(after)")
        #expect(after.contains("icanon") && !after.contains("-icanon"), "canonical mode is back")
        #expect(after.contains("echo") && !after.contains("-echo"), "echo is back")
    }

    /// Printable ASCII (and spaces) only: what a C locale or a dumb terminal must get.
    private func isPlainASCII(_ screen: String) -> Bool {
        screen.unicodeScalars.allSatisfy { $0 == "\n" || (0x20..<0x7F).contains($0.value) }
    }

    @Test("a 20x5 terminal shows a readable too-small message, and q quits with 0")
    func tinyTerminal() throws {
        let session = try TmuxSession(width: 20, height: 5)
        let screen = try session.waitFor("Terminal too small", timeout: 20)
        #expect(screen.contains("20x5"), "the message says the size it saw:\n\(screen)")
        #expect(screen.split(separator: "\n").allSatisfy { $0.count <= 20 })
        try quitCleanly(session)
    }

    @Test("TERM=vt100 (no colours): the interface loads customers, and q quits with 0")
    func vt100() throws {
        let session = try TmuxSession(width: 100, height: 30, environment: ["TERM": "vt100"])
        try session.waitFor("customers loaded", timeout: 20)
        // Countries arrive after the list (one detail call per visible customer); wait for them, not a fixed time.
        let screen = try session.waitFor("US · RI sold", timeout: 20)
        #expect(screen.contains("SANDBOX") && screen.contains("Contoso Ltd"))
        try quitCleanly(session)
    }

    @Test("TERM=dumb (no cursor addressing): a plain readable explanation instead of a smeared screen, q quits with 0")
    func dumbTerminal() throws {
        let session = try TmuxSession(width: 100, height: 30, environment: ["TERM": "dumb"])
        let screen = try session.waitFor("Press q to quit", timeout: 20)
        #expect(screen.contains("\"dumb\" cannot move the cursor"), "says why:\n\(screen)")
        #expect(screen.contains("TERM=xterm-256color") && screen.contains("pcres --help"), "says what to do:\n\(screen)")
        #expect(isPlainASCII(screen), "plain text only:\n\(screen)")
        #expect(!screen.contains("Enter open"), "no smeared interface:\n\(screen)")
        try quitCleanly(session)
    }

    @Test("LANG=C: ASCII box drawing, no mojibake, and q quits with 0")
    func cLocale() throws {
        let session = try TmuxSession(width: 100, height: 30, environment: ["LANG": "C", "LC_ALL": "C"])
        try session.waitFor("customers loaded", timeout: 20)
        // Countries arrive after the list (one detail call per visible customer); wait for them, not a fixed time.
        let screen = try session.waitFor("US - RI sold", timeout: 20)
        #expect(screen.contains("SANDBOX") && screen.contains("Contoso Ltd"))
        let interface = screen.split(separator: "\n").prefix(28).joined(separator: "\n")
        #expect(isPlainASCII(interface), "a C locale gets ASCII only:\n\(interface)")
        #expect(interface.contains("+ Customers"), "ASCII borders are drawn:\n\(interface)")
        #expect(interface.contains("US - RI sold") && interface.contains("Subscriptions - Contoso Ltd"),
                "punctuation gets ASCII look-alikes, not ?:\n\(interface)")
        try quitCleanly(session)
    }

    @Test("cursor keys arrive as ESC [ B or ESC O A: both move the selection; neither is read as Escape and letters")
    func bothCursorKeyForms() throws {
        let session = try TmuxSession(width: 100, height: 30)
        try session.waitFor("customers loaded", timeout: 20)
        func title(_ screen: String) -> String? {
            screen.split(separator: "\n").first { $0.contains("Subscriptions ·") }.map(String.init)
        }
        let first = try #require(title(try session.waitFor("Subscriptions ·")))
        try session.sendBytes([0x1B, 0x5B, 0x42])  // ESC [ B: Down in "normal" cursor mode
        let moved = try session.waitUntil(description: "the selection moved down") { title($0) != nil && title($0) != first }
        #expect(!moved.contains("Billing ·") && !moved.contains("Invoices"), "B was not read as the billing key:\n\(moved)")
        try session.sendBytes([0x1B, 0x4F, 0x41])  // ESC O A: Up in "application" mode
        try session.waitUntil(description: "back on the first customer") { title($0) == first }
        try session.press("/")
        try session.waitFor("Esc clear filter")
        try session.sendBytes([0x1B, 0x5B, 0x43])  // ESC [ C inside the filter: the editor stays open
        Thread.sleep(forTimeInterval: 0.5)  // past curses' Escape delay, when a lone Escape would have closed it
        let screen = try session.screen()
        #expect(screen.contains("Esc clear filter") && !screen.contains("Cart ("), "the filter stayed open and no cart opened:\n\(screen)")
        try session.press("Escape")
        try quitCleanly(session)
    }
}
