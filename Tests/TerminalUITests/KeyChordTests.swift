import Testing
import TerminalUI

struct KeyChordTests {
    @Test("display names are short and familiar")
    func displayNames() {
        #expect(KeyChord.up.displayName == "↑")
        #expect(KeyChord.up.asciiName == "Up")
        #expect(KeyChord.pageDown.displayName == "PgDn")
        #expect(KeyChord.ctrl("c").displayName == "Ctrl-C")
        #expect(KeyChord.escape.displayName == "Esc")
        #expect(KeyChord.char("/").displayName == "/")
        #expect(KeyChord.char(" ").displayName == "Space")
        #expect(KeyChord.backTab.displayName == "Shift-Tab")
        #expect(KeyChord.function(5).displayName == "F5")
    }

    @Test("parsing accepts the display names and common spellings")
    func parsing() {
        #expect(KeyChord(parsing: "q") == .char("q"))
        #expect(KeyChord(parsing: "Ctrl-C") == .ctrl("c"))
        #expect(KeyChord(parsing: "^w") == .ctrl("w"))
        #expect(KeyChord(parsing: "PgDn") == .pageDown)
        #expect(KeyChord(parsing: "↑") == .up)
        #expect(KeyChord(parsing: "shift-tab") == .backTab)
        #expect(KeyChord(parsing: "F12") == .function(12))
        #expect(KeyChord(parsing: "Space") == .char(" "))
        #expect(KeyChord(parsing: "Ctrl-") == nil)
        #expect(KeyChord(parsing: "Hyper-X") == nil)
    }

    @Test("every display name parses back to its chord")
    func roundTrip() {
        let chords: [KeyChord] = [
            .char("q"), .char("?"), .up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .tab, .backTab,
            .enter, .escape, .backspace, .delete, .insert, .ctrl("u"), .function(1),
        ]
        for chord in chords {
            #expect(KeyChord(parsing: chord.displayName) == chord)
            #expect(KeyChord(parsing: chord.asciiName) == chord)
        }
    }

    @Test("only visible characters are printable")
    func printable() {
        #expect(KeyChord.char("é").isPrintable)
        #expect(KeyChord.char("株").isPrintable)
        #expect(!KeyChord.char("\u{7}").isPrintable)
        #expect(!KeyChord.ctrl("a").isPrintable)
    }
}
