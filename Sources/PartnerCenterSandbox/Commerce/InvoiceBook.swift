import Foundation
import GRDB
import PartnerCenter

/// Bills one-time charges. A purchase leaves an *unbilled* line (no invoice, `invoiceNumber` empty), as Partner
/// Center has no open invoice; closing a period puts the unbilled lines on one final invoice per currency, dated
/// the day it is issued. Invoice IDs are `G` plus nine digits: year, month, currency index, plus 100 for each
/// earlier invoice of that month and currency.
enum InvoiceBook {
    static let currencies = ["USD", "EUR", "GBP", "JPY", "CAD", "AUD", "CHF", "INR", "NZD", "DKK", "SEK", "NOK", "PLN", "CZK",
                             "SGD", "KRW", "MXN", "ZAR", "AED", "ILS", "BRL", "RUB", "CNY"]

    /// The `invoiceLine.invoiceId` of a line not billed yet.
    static let unbilled = ""

    /// A free invoice ID for `currency` in `date`'s month.
    static func newInvoiceID(currency: String, at date: Date, in db: Database) throws -> String {
        let parts = utcCalendar.dateComponents([.year, .month], from: date)
        let index = currencies.firstIndex(of: currency.uppercased()) ?? 99
        var id = ""
        for issue in 0..<10 {
            id = String(format: "G%04d%02d%03d", parts.year ?? 2000, parts.month ?? 1, index + 100 * issue)
            if try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM invoice WHERE id = ?", arguments: [id]) == 0 { return id }
        }
        return id + "X"
    }

    /// Puts every unbilled line ordered before `cutoff` on a new final invoice per currency, dated `invoiceDate`.
    /// - Returns: the new invoices' IDs.
    @discardableResult
    static func bill(orderedBefore cutoff: Date, invoiceDate: Date, in db: Database) throws -> [String] {
        let rows = try Row.fetchAll(db, sql: "SELECT id, json FROM invoiceLine WHERE invoiceId = ? ORDER BY id", arguments: [unbilled])
        var byCurrency: [String: [(Int64, InvoiceLineItem)]] = [:]
        for row in rows {
            let item = try WireCoding.value(InvoiceLineItem.self, from: row["json"] as String)
            guard (item.orderDate ?? .distantPast) < cutoff else { continue }
            byCurrency[(item.currency ?? "USD").uppercased(), default: []].append((row["id"], item))
        }
        var issued: [String] = []
        for (currency, lines) in byCurrency.sorted(by: { $0.key < $1.key }) {
            let id = try newInvoiceID(currency: currency, at: invoiceDate, in: db)
            try db.execute(
                sql: "INSERT INTO invoice (id, invoiceDate, currencyCode, invoiceType, paidAmount, isFinal) VALUES (?, ?, ?, 'OneTime', 0, 1)",
                arguments: [id, invoiceDate, currency])
            for (rowID, var item) in lines {
                item.invoiceNumber = id
                try db.execute(
                    sql: "UPDATE invoiceLine SET invoiceId = ?, json = ? WHERE id = ?", arguments: [id, try WireCoding.text(item), rowID])
            }
            issued.append(id)
        }
        return issued
    }

    static func startOfMonth(_ date: Date) -> Date {
        utcCalendar.date(from: utcCalendar.dateComponents([.year, .month], from: date)) ?? date
    }

    static let utcCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()
}
