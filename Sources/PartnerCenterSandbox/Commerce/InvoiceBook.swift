import Foundation
import GRDB

/// Finds or opens the partner's one-time invoice for a month and currency. Invoice IDs are `G` plus
/// nine digits (year, month, currency index), so the same month and currency always share one invoice.
enum InvoiceBook {
    static let currencies = ["USD", "EUR", "GBP", "JPY", "CAD", "AUD", "CHF", "INR", "NZD", "DKK", "SEK", "NOK", "PLN", "CZK",
                             "SGD", "KRW", "MXN", "ZAR", "AED", "ILS", "BRL", "RUB", "CNY"]

    static func invoiceID(currency: String, at date: Date) -> String {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: date)
        let index = currencies.firstIndex(of: currency.uppercased()) ?? 99
        return String(format: "G%04d%02d%03d", parts.year ?? 2000, parts.month ?? 1, index)
    }

    /// The invoice for `date`'s month in `currency`, created open (not final) when missing.
    static func openInvoice(currency: String, at date: Date, in db: Database) throws -> String {
        let id = invoiceID(currency: currency, at: date)
        try db.execute(
            sql: "INSERT OR IGNORE INTO invoice (id, invoiceDate, currencyCode, invoiceType, paidAmount, isFinal) VALUES (?, ?, ?, 'OneTime', 0, 0)",
            arguments: [id, startOfMonth(date), currency.uppercased()])
        return id
    }

    static func startOfMonth(_ date: Date) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: calendar.dateComponents([.year, .month], from: date)) ?? date
    }
}
