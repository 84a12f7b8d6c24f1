import Foundation

/// What to draw for a non-ASCII character when the terminal takes ASCII only (`--ascii`, `LANG=C`): the
/// nearest ASCII look-alike, so `US · RI sold` reads `US - RI sold` and `Ålandeilanden` reads `Alandeilanden`;
/// `?` when there is none (CJK, emoji).
enum ASCIIFallback {
    private static let punctuation: [Character: Unicode.Scalar] = [
        "·": "-", "•": "*", "–": "-", "—": "-", "‐": "-", "−": "-", "›": ">", "»": ">", "‹": "<", "«": "<",
        "…": ".", "‘": "'", "’": "'", "‚": ",", "“": "\"", "”": "\"", "„": "\"", "×": "x", "→": ">", "←": "<",
        "↑": "^", "↓": "v", "\u{00A0}": " ", "€": "E", "£": "L", "¥": "Y", "°": "o", "ß": "s", "Ø": "O", "ø": "o",
        "Æ": "A", "æ": "a", "Œ": "O", "œ": "o", "Ł": "L", "ł": "l", "Đ": "D", "đ": "d",
    ]

    /// One ASCII scalar for `character` (a single-column character).
    static func scalar(for character: Character) -> Unicode.Scalar {
        if let mapped = punctuation[character] { return mapped }
        // Letters with accents: the base letter of the canonical decomposition (é → e, Å → A).
        if let base = String(character).decomposedStringWithCanonicalMapping.unicodeScalars.first,
            base.isASCII, base.properties.isAlphabetic
        {
            return base
        }
        return "?"
    }
}
