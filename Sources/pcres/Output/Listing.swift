import Foundation

/// What a subcommand produced: the API resources for `--output json`, and rows for tables and CSV.
struct Listing {
    /// One column of a table or CSV file.
    struct Column {
        var title: String
        /// Right-aligned in tables (numbers, amounts).
        var isNumeric = false
        init(_ title: String, numeric: Bool = false) {
            self.title = title
            self.isNumeric = numeric
        }
    }

    /// The JSON document, already encoded (sorted keys, pretty printed).
    var json: Data
    var columns: [Column]
    var rows: [[String]]
    /// The exact CSV document, when the command has a shared format (line items write what the TUI export writes).
    var csv: Data?
    /// A line printed after the table (never in JSON or CSV), e.g. "48 customers".
    var note: String?

    init<Value: Encodable>(json value: Value, columns: [Column], rows: [[String]], note: String? = nil) throws {
        self.json = try JSONOutput.encode(value)
        self.columns = columns
        self.rows = rows
        self.note = note
    }

    /// A single resource as a two-column Field/Value table.
    init<Value: Encodable>(json value: Value, fields: [(String, String?)]) throws {
        try self.init(
            json: value, columns: [Column("Field"), Column("Value")],
            rows: fields.map { [$0.0, $0.1 ?? ""] })
    }
}
