import Foundation

/// Characters a terminal or a viewer acts on rather than shows: C1 controls, DEL, and the bidi embeddings,
/// overrides, isolates and marks that reorder what is displayed (CVE-2021-42574, "Trojan Source").
public enum InvisibleCharacters {
    public static func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// JSON text with those scalars written as `\uXXXX` escapes. They can only stand inside JSON strings, where
    /// an escape means the same character, so the document is unchanged for a parser; C0 controls the encoder
    /// escapes itself.
    public static func escapedInJSON(_ data: Data) -> Data {
        guard data.contains(where: { $0 >= 0x7F }) else { return data }
        var text = String.UnicodeScalarView()
        for scalar in String(decoding: data, as: UTF8.self).unicodeScalars {
            if contains(scalar) {
                text.append(contentsOf: String(format: "\\u%04X", scalar.value).unicodeScalars)
            } else {
                text.append(scalar)
            }
        }
        return Data(String(text).utf8)
    }
}
