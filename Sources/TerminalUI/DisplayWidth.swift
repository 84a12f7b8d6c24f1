/// How many terminal columns text takes, so that CJK and emoji in customer names do not break columns.
///
/// Rules, after Markus Kuhn's `wcwidth` and TermKit's `WcWidth.swift`:
/// - East Asian Wide and Fullwidth characters and emoji shown as pictures are 2 columns;
/// - combining marks, format characters (zero-width joiner, …) and control characters are 0;
/// - everything else, including East Asian *ambiguous* characters such as `—`, is 1.
///
/// A `Character` is a whole grapheme cluster, so `"é"` written as `e` + U+0301 is one character of width 1.
public enum DisplayWidth {
    /// The number of columns `character` takes: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        let base = of(first)
        if base == 0 { return 0 }
        // An emoji variation selector turns a text-style symbol (e.g. ❤ U+2764) into a wide picture.
        if base == 1, scalars.count > 1, scalars.contains("\u{FE0F}"), first.properties.isEmoji { return 2 }
        return base
    }

    /// The number of columns `text` takes.
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// The number of columns one scalar takes on its own: 0, 1 or 2.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        if value < 0x300 { return 1 }  // fast path: Latin, most of what we print
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control, .lineSeparator, .paragraphSeparator:
            return 0
        default:
            break
        }
        if (0x1160...0x11FF).contains(value) { return 0 }  // Hangul medial vowels / final consonants
        if scalar.properties.isEmojiPresentation || isEastAsianWide(value) { return 2 }
        return 1
    }

    /// `text` without control and format characters (zero-width space and joiner, bidi marks, soft hyphen, …):
    /// a terminal may draw or act on them differently from what the width count assumed, shifting the columns
    /// of a table. ASCII text is returned as it is without looking at its scalars.
    public static func visible(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let category = scalar.properties.generalCategory
            if category == .format || category == .control { continue }
            result.append(scalar)
        }
        return String(result)
    }

    /// `text` cut to at most `width` columns; when it had to be cut, it ends with `ellipsis`.
    ///
    /// A double-width character that would straddle the limit is dropped rather than half-shown.
    /// If even the ellipsis does not fit, the text is cut without one.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        let ellipsisWidth = of(ellipsis)
        guard ellipsisWidth <= width else { return prefix(of: text, fitting: width) }
        return prefix(of: text, fitting: width - ellipsisWidth) + ellipsis
    }

    /// The longest prefix of `text` that fits in `width` columns (no ellipsis).
    public static func prefix(of text: String, fitting width: Int) -> String {
        var used = 0
        var result = ""
        for character in text {
            let w = of(character)
            if used + w > width { break }
            used += w
            result.append(character)
        }
        return result
    }

    /// `text` truncated (with `ellipsis`) and padded with spaces to exactly `width` columns.
    public static func pad(
        _ text: String, to width: Int, alignment: TextAlignment = .left, ellipsis: String = "…"
    ) -> String {
        let cut = truncate(text, to: width, ellipsis: ellipsis)
        let gap = String(repeating: " ", count: max(0, width - of(cut)))
        switch alignment {
        case .left: return cut + gap
        case .right: return gap + cut
        case .center:
            let left = gap.count / 2
            return String(repeating: " ", count: left) + cut + String(repeating: " ", count: gap.count - left)
        }
    }

    /// Splits `text` into lines of at most `width` columns, breaking at spaces where possible and
    /// hard-breaking words longer than a line. Existing newlines are kept.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var word = String(word)
                var wordWidth = of(word)
                if lineWidth > 0, lineWidth + 1 + wordWidth <= width {
                    line += " " + word
                    lineWidth += 1 + wordWidth
                    continue
                }
                if lineWidth > 0 {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                while wordWidth > width {  // hard-break a word longer than the line
                    let head = prefix(of: word, fitting: width)
                    guard !head.isEmpty else { break }
                    lines.append(head)
                    word.removeFirst(head.count)
                    wordWidth = of(word)
                }
                line = word
                lineWidth = wordWidth
            }
            lines.append(line)
        }
        return lines
    }

    // MARK: - East Asian Wide table

    /// Wide and Fullwidth ranges (Unicode 15 `EastAsianWidth.txt`, W and F), emoji excluded because
    /// `isEmojiPresentation` covers them.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
        0x23F3...0x23F3, 0x2E80...0x2E99, 0x2E9B...0x2EF3, 0x2F00...0x2FD5, 0x2FF0...0x303E,
        0x3041...0x3096, 0x3099...0x30FF, 0x3105...0x312F, 0x3131...0x318E, 0x3190...0x31E3,
        0x31EF...0x321E, 0x3220...0x3247, 0x3250...0x4DBF, 0x4E00...0xA48C, 0xA490...0xA4C6,
        0xA960...0xA97C, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE52,
        0xFE54...0xFE66, 0xFE68...0xFE6B, 0xFF01...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4,
        0x16FF0...0x16FF1, 0x17000...0x187F7, 0x18800...0x18CD5, 0x18D00...0x18D08, 0x1AFF0...0x1AFFE,
        0x1B000...0x1B122, 0x1B132...0x1B132, 0x1B150...0x1B152, 0x1B155...0x1B155, 0x1B164...0x1B167,
        0x1B170...0x1B2FB, 0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248, 0x1F250...0x1F251,
        0x1F260...0x1F265, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    private static func isEastAsianWide(_ value: UInt32) -> Bool {
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = wideRanges[mid]
            if value < range.lowerBound {
                high = mid - 1
            } else if value > range.upperBound {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }
}
