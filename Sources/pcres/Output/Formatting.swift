import Foundation
import PartnerCenter

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

    /// Two decimals, rounded half away from zero, or empty.
    static func cents(_ value: Decimal?) -> String {
        value.map { $0.fixedPointText(places: 2) } ?? ""
    }

    /// A decimal as written by the price sheet.
    static func amount(_ value: Decimal) -> String {
        NSDecimalNumber(decimal: value).stringValue
    }

    static func yesNo(_ value: Bool?) -> String {
        value.map { $0 ? "yes" : "no" } ?? ""
    }
}
