/// Finds the line of a key in profiles.toml, for messages about values TOMLKit parsed but pcres cannot use
/// (TOMLKit gives positions for syntax errors only). Same approach as the theme reader's `TOMLKeyLocator`,
/// narrowed to this file's two shapes: `[profiles.NAME]` headers with `key = value` lines under them, and
/// top-level keys.
struct ProfileKeyLocator {
    private struct SourceLine {
        var number: Int
        var header: String?
        var text: String
    }

    private let lines: [SourceLine]

    init(source: String) {
        var header: String?
        var result: [SourceLine] = []
        for (offset, raw) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let text = raw.trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("["), let close = text.lastIndex(of: "]") {
                header = Self.unquoted(text[text.index(after: text.startIndex)..<close])
            }
            result.append(SourceLine(number: offset + 1, header: header, text: text))
        }
        lines = result
    }

    /// The line of `[table]` itself, e.g. `profiles.contoso`.
    func line(ofTable table: String) -> Int? {
        lines.first { $0.text.hasPrefix("[") && $0.header == table }?.number
    }

    /// The line of `key = …` inside `[table]` (nil table: before any header), or of `table.key = …`.
    func line(ofKey key: String, inTable table: String?) -> Int? {
        if let found = lines.first(where: { $0.header == table && Self.assignedKey(in: $0.text) == key }) {
            return found.number
        }
        let dotted = table.map { "\($0).\(key)" } ?? key
        return lines.first { $0.header == nil && Self.assignedKey(in: $0.text) == dotted }?.number
            ?? table.flatMap(line(ofTable:))
    }

    private static func assignedKey(in text: String) -> String? {
        guard !text.hasPrefix("#"), !text.hasPrefix("["), let equals = text.firstIndex(of: "=") else { return nil }
        return unquoted(text[..<equals])
    }

    private static func unquoted(_ text: Substring) -> String {
        text.split(separator: ".").map { $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: .init(charactersIn: "\"'")) }
            .joined(separator: ".")
    }
}
