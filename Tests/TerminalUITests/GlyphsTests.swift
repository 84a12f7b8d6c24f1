import Testing
import TerminalUI

struct GlyphsTests {
    @Test("unicode and ascii sets use the documented characters")
    func sets() {
        #expect([Glyphs.unicode.topLeft, Glyphs.unicode.topRight, Glyphs.unicode.bottomLeft,
                 Glyphs.unicode.bottomRight] == ["╭", "╮", "╰", "╯"])
        #expect(Glyphs.unicode.marker == "›" && Glyphs.unicode.ellipsis == "…")
        #expect(Glyphs.ascii.horizontal == "-" && Glyphs.ascii.vertical == "|" && Glyphs.ascii.topLeft == "+")
        #expect(Glyphs.ascii.marker == ">" && Glyphs.ascii.ellipsis == "...")
        #expect(TerminalCapabilities(size: .zero, isUTF8: false).preferredGlyphs == .ascii)
    }

    @Test("every ascii glyph is ASCII and every unicode glyph is one column")
    func widths() {
        let ascii = Glyphs.ascii
        let all: [Character] = [ascii.horizontal, ascii.vertical, ascii.topLeft, ascii.marker, ascii.scrollUp,
                                ascii.scrollDown, ascii.scrollThumb, ascii.barFull] + ascii.spinnerFrames
        #expect(all.allSatisfy { $0.isASCII })
        let unicode = Glyphs.unicode
        let drawn: [Character] = [unicode.horizontal, unicode.vertical, unicode.topLeft, unicode.marker,
                                  unicode.barFull] + unicode.barPartials + unicode.spinnerFrames
        #expect(drawn.allSatisfy { DisplayWidth.of($0) == 1 })
    }

    @Test("bars use partial blocks in unicode and round in ascii")
    func bars() {
        #expect(Glyphs.unicode.bar(fraction: 0.5, width: 4) == "██")
        #expect(Glyphs.unicode.bar(fraction: 0.3, width: 4) == "█▎")  // 1.2 cells: 9.6 eighths → 10 = 1 + 2/8
        #expect(Glyphs.ascii.bar(fraction: 0.3, width: 10) == "###")
        #expect(Glyphs.unicode.bar(fraction: 2, width: 3) == "███")
        #expect(Glyphs.unicode.bar(fraction: .nan, width: 3) == "")
    }

    @Test("spinner frames cycle, for any tick")
    func spinner() {
        #expect(Spinner.ascii.frame(at: 0) == "|")
        #expect(Spinner.ascii.frame(at: 5) == "/")
        #expect(Spinner.ascii.frame(at: -1) == "\\")
        #expect(Spinner.unicode.frame(at: 10) == Spinner.unicode.frame(at: 0))
        #expect(Spinner(frames: []).frame(at: 3) == " ")
    }

    @Test("columns fill from the bottom in eighths (halves in ascii), and any positive value shows")
    func columns() {
        #expect(Glyphs.unicode.column(fraction: 0.5, height: 2) == ["█", " "])
        #expect(Glyphs.unicode.column(fraction: 0.75, height: 2) == ["█", "▄"])
        #expect(Glyphs.unicode.column(fraction: 1, height: 3) == ["█", "█", "█"])
        #expect(Glyphs.unicode.column(fraction: 0.001, height: 4) == ["▁", " ", " ", " "])
        #expect(Glyphs.unicode.column(fraction: 0, height: 2) == [" ", " "])
        #expect(Glyphs.ascii.column(fraction: 0.75, height: 2) == ["#", "="])
        #expect(Glyphs.ascii.column(fraction: 0.001, height: 2) == ["=", " "])
        #expect(Glyphs.ascii.level(fraction: 1) == "#")
        #expect(Glyphs.unicode.level(fraction: .nan) == " ")
        #expect(Glyphs.ascii.axisTick == "+" && Glyphs.ascii.pointerUp == "^")
        #expect((Glyphs.ascii.columnPartials + [Glyphs.ascii.axisTick, Glyphs.ascii.pointerUp]).allSatisfy { $0.isASCII })
    }
}
