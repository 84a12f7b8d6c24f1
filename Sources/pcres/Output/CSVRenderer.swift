import CSV
import Foundation
import ReservationsCore

/// Writes a listing as RFC 4180 CSV: a header row, CRLF line ends, UTF-8, fields quoted when needed.
enum CSVRenderer {
    static func render(columns: [Listing.Column], rows: [[String]]) throws -> Data {
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        try writer.write(row: columns.map { TerminalText.sanitize($0.title) })
        for row in rows {
            try writer.write(row: columns.indices.map { SpreadsheetCell.neutralised(TerminalText.sanitize($0 < row.count ? row[$0] : "")) })
        }
        writer.stream.close()
        var data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        if !data.isEmpty { data.append(contentsOf: Array("\r\n".utf8)) }
        return data
    }
}
