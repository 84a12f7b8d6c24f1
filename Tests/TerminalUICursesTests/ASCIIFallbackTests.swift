import Testing

@testable import TerminalUICurses

struct ASCIIFallbackTests {
    @Test("punctuation and accented letters get ASCII look-alikes; the rest is ?", arguments: [
        ("·", "-"), ("›", ">"), ("…", "."), ("—", "-"), ("Å", "A"), ("é", "e"), ("ü", "u"), ("ø", "o"), ("株", "?"), ("😀", "?"),
    ] as [(Character, Character)])
    func lookAlikes(input: Character, expected: Character) {
        #expect(Character(ASCIIFallback.scalar(for: input)) == expected)
    }
}
