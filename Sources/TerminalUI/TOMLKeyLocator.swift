import Foundation

/// Finds the line a key was written on, for error messages about values TOMLKit parsed fine but the
/// program cannot use (TOMLKit reports source positions for syntax errors only).
///
/// This is a line scanner, not a TOML parser: it recognises `[table]` headers and `key =` starts of lines,
/// and keys inside one-line inline tables, which covers the shapes theme files use. When it cannot find a
/// key it answers `nil` and the error is reported without a line.
struct TOMLKeyLocator {
    private struct SourceLine {
        let number: Int
        let table: [String]  // the [header] in force, as key components
        let text: String
    }

    private let lines: [SourceLine]

    init(source: String) {
        var table: [String] = []
        var result: [SourceLine] = []
        for (offset, raw) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let text = raw.trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("["), let close = text.lastIndex(of: "]") {
                let inner = text[text.index(after: text.startIndex)..<close].trimmingCharacters(in: .init(charactersIn: "[] "))
                table = Self.components(of: inner)
            }
            result.append(SourceLine(number: offset + 1, table: table, text: text))
        }
        self.lines = result
    }

    /// The 1-based line where `key` is defined inside `table` (a key path such as `["roles", "border"]`).
    ///
    /// Looks, in order, for a line in that table starting with the key; for the key inside an inline table
    /// on the line that defines the table; and for a `[table.key]` header.
    func line(ofKey key: String, inTable table: [String]) -> Int? {
        // 1. `key = …` (or `"key" = …`, or a dotted key `a.b = …` whose prefix leads here) in the table itself.
        for depth in stride(from: table.count, through: 0, by: -1) {
            let header = Array(table.prefix(depth))
            let rest = Array(table.dropFirst(depth)) + [key]
            if let found = lines.first(where: { $0.table == header && Self.startsWithKey(rest, $0.text) }) {
                return found.number
            }
        }
        // 2. Inside an inline table: the line defining the table also contains `key =`.
        if let parentKey = table.last,
            let parentLine = line(ofKey: parentKey, inTable: Array(table.dropLast())),
            let text = lines.first(where: { $0.number == parentLine })?.text,
            Self.containsAssignment(of: key, in: text)
        {
            return parentLine
        }
        // 3. A `[table.key]` header.
        return lines.first(where: { $0.table == table + [key] && $0.text.hasPrefix("[") })?.number
    }

    /// Splits a dotted key into components, honouring quotes: `roles."border.focused"` → roles, border.focused.
    static func components(of dottedKey: some StringProtocol) -> [String] {
        var parts: [String] = []
        var current = ""
        var quote: Character?
        for character in dottedKey {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "." {
                parts.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current.trimmingCharacters(in: .whitespaces))
        return parts
    }

    /// Whether `text` begins with the key path `path` followed by `=`.
    private static func startsWithKey(_ path: [String], _ text: String) -> Bool {
        guard let equals = keyPart(of: text) else { return false }
        return components(of: equals) == path
    }

    /// The text before the first `=` that is outside quotes, for lines that are assignments.
    private static func keyPart(of text: String) -> Substring? {
        guard !text.hasPrefix("#"), !text.hasPrefix("[") else { return nil }
        var quote: Character?
        for index in text.indices {
            let character = text[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "=" {
                return text[..<index]
            }
        }
        return nil
    }

    /// Whether `key = ` appears in `text` after a `{` or `,` (a field of an inline table).
    private static func containsAssignment(of key: String, in text: String) -> Bool {
        for separator in ["{", ","] {
            for part in text.components(separatedBy: separator).dropFirst() {
                let trimmed = part.trimmingCharacters(in: .whitespaces)
                let name = trimmed.prefix(while: { $0 != "=" && $0 != " " })
                    .trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
                if name == key, trimmed.dropFirst(name.count).trimmingCharacters(in: .whitespaces).hasPrefix("=")
                    || trimmed.hasPrefix("\"\(key)\"") || trimmed.hasPrefix("'\(key)'")
                {
                    return true
                }
            }
        }
        return false
    }
}
