import Foundation
import PartnerCenter

/// One currency's one-time charges of the running month that are not on an invoice yet: Partner Center has no
/// "open invoice", so this is what the partner will be billed when the month closes (API notes 2, §2).
public struct UnbilledCharges: Equatable, Sendable {
    public var currency: String
    /// The first instant (UTC) of the month the charges were read for.
    public var month: Date
    /// The line items as the screens show them.
    public var lines: [InvoiceLineRow]

    public init(currency: String, month: Date, items: [InvoiceLineItem]) {
        self.currency = currency.uppercased()
        self.month = MonthlyCharges.startOfMonth(month)
        self.lines = items.map(InvoiceLineRow.init)
    }

    /// The wire line items, for exports and the command line.
    public var items: [InvoiceLineItem] { lines.map(\.item) }

    /// What the customer lines add up to, rounded to cents.
    public var total: Decimal { lines.reduce(Decimal.zero) { $0 + ($1.totalForCustomer ?? 0) }.rounded(toPlaces: 2) }

    /// The currencies worth asking about: the balance's, every summary's and every invoice's, upper-cased, the
    /// balance's first, then alphabetical; USD when nothing names one (a partner without invoices yet).
    public static func currencies(balance: InvoiceSummary?, summaries: [InvoiceSummary], invoices: [Invoice]) -> [String] {
        currencies(balanceCurrency: balance?.currencyCode, others: summaries.compactMap(\.currencyCode) + invoices.compactMap(\.currencyCode))
    }

    static func currencies(balanceCurrency: String?, others named: [String]) -> [String] {
        let home = balanceCurrency.map { $0.uppercased() }
        let others = Set(named.map { $0.uppercased() })
            .subtracting(home.map { [$0] } ?? [])
            .filter { !$0.isEmpty }
        let all = (home.map { [$0] } ?? []) + others.sorted()
        return all.isEmpty ? ["USD"] : all
    }

    /// `currencies(balance:summaries:invoices:)` of what the billing screen holds.
    public static func currencies(ofBalance balance: InvoiceSummaryRow?, summaries: [InvoiceSummaryRow], invoices: [InvoiceRow]) -> [String] {
        currencies(balanceCurrency: balance?.currencyCode, others: summaries.compactMap(\.currencyCode) + invoices.compactMap(\.currencyCode))
    }
}
