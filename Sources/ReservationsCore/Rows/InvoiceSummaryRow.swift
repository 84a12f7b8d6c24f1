import Foundation
import PartnerCenter

/// The partner's balance, or one currency's invoice summary, as the billing screen's header shows it.
public struct InvoiceSummaryRow: Equatable, Sendable {
    public var balanceAmount: Decimal
    public var currencyCode: String?
    public var lastPaymentAmount: Decimal?
    public var lastPaymentDate: Date?

    public init(_ summary: InvoiceSummary) {
        balanceAmount = summary.balanceAmount
        currencyCode = summary.currencyCode
        lastPaymentAmount = summary.lastPaymentAmount
        lastPaymentDate = summary.lastPaymentDate
    }
}
