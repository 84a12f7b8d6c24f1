import Foundation
import GRDB
import PartnerCenter

extension SandboxStore {
    /// An invoice row with its total.
    struct InvoiceRow: Sendable {
        var id: String
        var invoiceDate: Date
        var currencyCode: String
        var invoiceType: String
        var paidAmount: Decimal
        var isFinal: Bool
        var totalCharges: Decimal
        var lineCount: Int
    }

    private static let invoiceSelect = """
        SELECT i.id, i.invoiceDate, i.currencyCode, i.invoiceType, i.paidAmount, i.isFinal,
               COALESCE(SUM(l.amount), 0) AS total, COUNT(l.id) AS lines
        FROM invoice i LEFT JOIN invoiceLine l ON l.invoiceId = i.id
        """

    private static func invoiceRow(_ row: Row) -> InvoiceRow {
        InvoiceRow(
            id: row["id"], invoiceDate: row["invoiceDate"], currencyCode: row["currencyCode"], invoiceType: row["invoiceType"],
            paidAmount: Self.amount(row["paidAmount"]), isFinal: row["isFinal"], totalCharges: Self.amount(row["total"]),
            lineCount: row["lines"])
    }

    /// The sandbox keeps amounts in SQLite REAL columns (sums included); each leaves the store rounded to cents, as a
    /// Decimal, so the wire never carries a binary fraction.
    private static func amount(_ stored: Double) -> Decimal {
        Decimal(printedDigitsOf: stored).rounded(toPlaces: 2)
    }

    /// Invoices, newest first.
    func invoices(offset: Int, limit: Int) throws -> (items: [InvoiceRow], total: Int) {
        try writer.read { db in
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM invoice") ?? 0
            let rows = try Row.fetchAll(
                db, sql: Self.invoiceSelect + " GROUP BY i.id ORDER BY i.invoiceDate DESC, i.id LIMIT ? OFFSET ?",
                arguments: [limit, offset])
            return (rows.map(Self.invoiceRow), total)
        }
    }

    func invoice(id: String) throws -> InvoiceRow? {
        try writer.read { db in
            try Row.fetchOne(db, sql: Self.invoiceSelect + " WHERE i.id = ? GROUP BY i.id", arguments: [id]).map(Self.invoiceRow)
        }
    }

    /// Every invoice with its total, for balances.
    func allInvoices() throws -> [InvoiceRow] { try invoices(offset: 0, limit: Int.max / 2).items }

    /// A page of an invoice's line items in insertion order.
    func invoiceLines(invoiceID: String, offset: Int, limit: Int) throws -> (items: [InvoiceLineItem], total: Int) {
        try writer.read { db in
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM invoiceLine WHERE invoiceId = ?", arguments: [invoiceID]) ?? 0
            let items = try String.fetchAll(
                db, sql: "SELECT json FROM invoiceLine WHERE invoiceId = ? ORDER BY id LIMIT ? OFFSET ?",
                arguments: [invoiceID, limit, offset]
            ).map { try WireCoding.value(InvoiceLineItem.self, from: $0) }
            return (items, total)
        }
    }

    /// Charges not billed yet in `currency` (any when nil), ordered in `[from, before)`, in purchase order.
    func unbilledLines(currency: String?, orderedFrom from: Date = .distantPast, before: Date = .distantFuture) throws -> [InvoiceLineItem] {
        try writer.read { db in
            try String.fetchAll(db, sql: "SELECT json FROM invoiceLine WHERE invoiceId = ? ORDER BY id", arguments: [InvoiceBook.unbilled])
                .map { try WireCoding.value(InvoiceLineItem.self, from: $0) }
                .filter { item in
                    let date = item.orderDate ?? .distantPast
                    return date >= from && date < before && (currency.map { $0.uppercased() == item.currency?.uppercased() } ?? true)
                }
        }
    }

    /// Closes the billing period: every unbilled charge goes on a new final invoice per currency dated `now`.
    /// - Returns: the new invoices' IDs.
    func closeBillingPeriod(now: Date) throws -> [String] {
        try write { db in try InvoiceBook.bill(orderedBefore: .distantFuture, invoiceDate: now, in: db) }
    }
}
