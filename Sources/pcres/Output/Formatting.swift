import Foundation

/// Short text forms of dates and amounts for tables and CSV.
enum Formatting {
    /// `yyyy-MM-dd` in UTC, or empty.
    static func day(_ date: Date?) -> String {
        guard let date else { return "" }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    /// Two decimals, or empty.
    static func amount(_ value: Double?) -> String {
        value.map { String(format: "%.2f", $0) } ?? ""
    }

    /// A decimal as written by the price sheet.
    static func amount(_ value: Decimal) -> String {
        NSDecimalNumber(decimal: value).stringValue
    }

    static func yesNo(_ value: Bool?) -> String {
        value.map { $0 ? "yes" : "no" } ?? ""
    }
}
