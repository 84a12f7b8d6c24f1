import TerminalUI

/// Lays rows out as aligned columns that fit a width, cutting the widest columns with `…`.
enum TableRenderer {
    static let spacing = 2
    /// Columns are never cut below this (or their title's width, when smaller).
    static let minimumColumnWidth = 6

    /// The lines of the table, header first; every line is at most `width` columns.
    static func render(columns: [Listing.Column], rows: [[String]], width: Int) -> [String] {
        guard !columns.isEmpty else { return [] }
        let header = columns.map { TerminalText.sanitize($0.title) }
        let body = rows.map { row in columns.indices.map { TerminalText.sanitize($0 < row.count ? row[$0] : "") } }
        var widths = header.map { DisplayWidth.of($0) }
        for row in body {
            for index in row.indices { widths[index] = max(widths[index], DisplayWidth.of(row[index])) }
        }
        let budget = max(columns.count, width - spacing * (columns.count - 1))
        let floors = widths.map { min($0, minimumColumnWidth) }
        while widths.reduce(0, +) > budget {
            // Shrink the widest column that can still shrink.
            guard let index = widths.indices.filter({ widths[$0] > floors[$0] }).max(by: { widths[$0] < widths[$1] }) else { break }
            widths[index] -= 1
        }
        // When even the floors do not fit, drop trailing columns.
        var shown = columns.count
        while shown > 1, widths[0..<shown].reduce(0, +) + spacing * (shown - 1) > width { shown -= 1 }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for index in 0..<shown {
                let alignment: TextAlignment = columns[index].isNumeric ? .right : .left
                parts.append(DisplayWidth.pad(cells[index], to: widths[index], alignment: alignment))
            }
            let text = parts.joined(separator: String(repeating: " ", count: spacing))
            let trimmed = String(text.reversed().drop(while: { $0 == " " }).reversed())
            return DisplayWidth.truncate(trimmed, to: width)
        }
        return [line(header)] + body.map(line)
    }
}
