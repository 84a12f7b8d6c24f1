import Testing
import TerminalUI

struct DisplayWidthTests {
    @Test("CJK characters are two columns each")
    func cjk() {
        #expect(DisplayWidth.of("株式会社テスト") == 14)
        #expect(DisplayWidth.of(Character("株")) == 2)
        #expect(DisplayWidth.of("한국어") == 6)
        #expect(DisplayWidth.of("ＡＢ") == 4)  // fullwidth Latin
    }

    @Test("Latin with accents and the em dash are one column each")
    func latin() {
        #expect(DisplayWidth.of("Ålandeilanden — Réunion") == 23)
        #expect(DisplayWidth.of("Ελληνικά") == 8)
    }

    @Test("combining marks add no width")
    func combining() {
        let decomposed = "Re\u{301}union"  // e + COMBINING ACUTE ACCENT
        #expect(decomposed.count == 7)
        #expect(DisplayWidth.of(decomposed) == 7)
        #expect(DisplayWidth.of(Character("\u{301}")) == 0)
    }

    @Test("emoji are two columns, including text symbols with the emoji selector")
    func emoji() {
        #expect(DisplayWidth.of(Character("☕")) == 2)
        #expect(DisplayWidth.of(Character("👍🏽")) == 2)
        #expect(DisplayWidth.of(Character("❤️")) == 2)
        #expect(DisplayWidth.of(Character("❤")) == 1)
        #expect(DisplayWidth.of(Character("🇳🇱")) == 2)
    }

    @Test("control and format characters are zero columns")
    func control() {
        #expect(DisplayWidth.of(Character("\t")) == 0)
        #expect(DisplayWidth.of(Character("\u{1B}")) == 0)
        #expect(DisplayWidth.of(Character("\u{200B}")) == 0)
        #expect(DisplayWidth.of("a\u{7}b") == 2)
    }

    @Test("truncate adds the ellipsis only when cutting and never splits a wide character")
    func truncate() {
        #expect(DisplayWidth.truncate("Contoso", to: 7) == "Contoso")
        #expect(DisplayWidth.truncate("Contoso Ltd", to: 7) == "Contos…")
        #expect(DisplayWidth.truncate("株式会社テスト", to: 6) == "株式…")  // 4 + 1 = 5 columns, the next 株 would make 7
        #expect(DisplayWidth.of(DisplayWidth.truncate("株式会社テスト", to: 6)) == 5)
        #expect(DisplayWidth.truncate("Contoso Ltd", to: 6, ellipsis: "...") == "Con...")
        #expect(DisplayWidth.truncate("Contoso", to: 2, ellipsis: "...") == "Co")
        #expect(DisplayWidth.truncate("Contoso", to: 0).isEmpty)
    }

    @Test("pad truncates, then pads to the exact width per alignment")
    func pad() {
        #expect(DisplayWidth.pad("42", to: 5, alignment: .right) == "   42")
        #expect(DisplayWidth.pad("株", to: 5) == "株   ")
        #expect(DisplayWidth.pad("ab", to: 5, alignment: .center) == " ab  ")
        #expect(DisplayWidth.of(DisplayWidth.pad("株式会社テスト", to: 9)) == 9)
    }

    @Test("wrap breaks at spaces, hard-breaks long words and keeps newlines")
    func wrap() {
        #expect(DisplayWidth.wrap("Buy two reservations now", width: 10) == ["Buy two", "reservatio", "ns now"])
        #expect(DisplayWidth.wrap("a b\nc", width: 10) == ["a b", "c"])
        #expect(DisplayWidth.wrap("株式会社テスト", width: 6) == ["株式会", "社テス", "ト"])
    }
}
