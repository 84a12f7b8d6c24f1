import CNcurses
import Testing
import TerminalUI
import TerminalUICurses

struct CursesKeyMapTests {
    private func key(_ code: Int32) -> CursesKeyMap.Input {
        CursesKeyMap.translate(status: KEY_CODE_YES, code: UInt32(code))
    }

    private func character(_ code: UInt32) -> CursesKeyMap.Input {
        CursesKeyMap.translate(status: OK, code: code)
    }

    @Test("function-key codes map to chords")
    func functionKeys() {
        #expect(key(KEY_UP) == .key(.up))
        #expect(key(KEY_DOWN) == .key(.down))
        #expect(key(KEY_LEFT) == .key(.left))
        #expect(key(KEY_RIGHT) == .key(.right))
        #expect(key(KEY_HOME) == .key(.home))
        #expect(key(KEY_END) == .key(.end))
        #expect(key(KEY_PPAGE) == .key(.pageUp))
        #expect(key(KEY_NPAGE) == .key(.pageDown))
        #expect(key(KEY_BTAB) == .key(.backTab))
        #expect(key(KEY_DC) == .key(.delete))
        #expect(key(KEY_IC) == .key(.insert))
        #expect(key(KEY_BACKSPACE) == .key(.backspace))
        #expect(key(KEY_ENTER) == .key(.enter))
        #expect(key(KEY_F0 + 1) == .key(.function(1)))
        #expect(key(KEY_F0 + 12) == .key(.function(12)))
        #expect(key(KEY_RESIZE) == .resize)
        #expect(key(KEY_MOUSE) == .none)
    }

    @Test("control characters map to named keys and Ctrl-letters")
    func controlCharacters() {
        #expect(character(9) == .key(.tab))
        #expect(character(10) == .key(.enter))
        #expect(character(13) == .key(.enter))
        #expect(character(27) == .key(.escape))
        #expect(character(127) == .key(.backspace))
        #expect(character(8) == .key(.backspace))
        #expect(character(3) == .key(.ctrl("c")))
        #expect(character(21) == .key(.ctrl("u")))
        #expect(character(23) == .key(.ctrl("w")))
        #expect(character(1) == .key(.ctrl("a")))
        #expect(character(0) == .none)
        #expect(character(28) == .none)
    }

    @Test("printable characters, including non-ASCII, map to .char")
    func printable() {
        #expect(character(UInt32(UInt8(ascii: "q"))) == .key(.char("q")))
        #expect(character(UInt32(UInt8(ascii: "/"))) == .key(.char("/")))
        #expect(character(32) == .key(.char(" ")))
        #expect(character(0x682A) == .key(.char("株")))
        #expect(character(0xE9) == .key(.char("é")))
        #expect(character(0x85) == .none)  // C1 control
        #expect(character(0xD800) == .none)  // not a scalar
    }

    @Test("timeouts and errors are not events")
    func errors() {
        #expect(CursesKeyMap.translate(status: ERR, code: 0) == .none)
    }
}
