import Testing
import TerminalUI
@testable import TerminalUICurses

struct CursesPaletteTests {
    @Test("default colours are -1 with use_default_colors, white on black without")
    func defaults() {
        let transparent = CursesPalette(colorCount: 256, hasDefaultColors: true)
        #expect(transparent.number(for: nil, isBackground: true).number == -1)
        #expect(transparent.number(for: .default, isBackground: false).number == -1)
        let opaque = CursesPalette(colorCount: 8, hasDefaultColors: false)
        #expect(opaque.number(for: nil, isBackground: true).number == 0)
        #expect(opaque.number(for: nil, isBackground: false).number == 7)
    }

    @Test("bright colours fall back to basic on 8-colour terminals, bold for foregrounds")
    func brightFallback() {
        let eight = CursesPalette(colorCount: 8, hasDefaultColors: true)
        let foreground = eight.number(for: .named(.brightRed), isBackground: false)
        #expect(foreground.number == 1 && foreground.needsBold)
        let background = eight.number(for: .named(.brightBlue), isBackground: true)
        #expect(background.number == 4 && !background.needsBold)
        let full = CursesPalette(colorCount: 256, hasDefaultColors: true)
        #expect(full.number(for: .named(.brightRed), isBackground: false) == (9, false))
    }

    @Test("256-colour indices map to the nearest basic colour on small terminals")
    func indexFallback() {
        let eight = CursesPalette(colorCount: 8, hasDefaultColors: true)
        #expect(eight.number(for: .index(196), isBackground: false).number == 1)  // pure red
        #expect(eight.number(for: .index(21), isBackground: false).number == 4)  // pure blue
        #expect(eight.number(for: .index(226), isBackground: false).number == 3)  // yellow
        #expect(eight.number(for: .index(255), isBackground: true).number == 7)  // light grey
        #expect(eight.number(for: .index(12), isBackground: false) == (4, true))  // bright blue
        #expect(CursesPalette(colorCount: 256, hasDefaultColors: true).number(for: .index(208), isBackground: false)
            .number == 208)
    }
}

struct ColorPairTableTests {
    @Test("pairs are allocated once per combination, starting at 1")
    func allocation() {
        var table = ColorPairTable(capacity: 64)
        let first = table.pair(foreground: 6, background: -1)
        #expect(first?.number == 1 && first?.isNew == true)
        let again = table.pair(foreground: 6, background: -1)
        #expect(again?.number == 1 && again?.isNew == false)
        #expect(table.pair(foreground: 0, background: 3)?.number == 2)
    }

    @Test("running out of pairs answers nil instead of reusing one")
    func exhaustion() {
        var table = ColorPairTable(capacity: 3)  // pairs 1 and 2 are usable
        #expect(table.pair(foreground: 1, background: -1) != nil)
        #expect(table.pair(foreground: 2, background: -1) != nil)
        #expect(table.pair(foreground: 3, background: -1) == nil)
        #expect(table.pair(foreground: 1, background: -1)?.number == 1)
        table.removeAll()
        #expect(table.pair(foreground: 3, background: -1)?.number == 1)
        #expect(ColorPairTable(capacity: 0).capacity == 0)
    }
}
