import Foundation

/// The account balance in one currency (§4.7), with a split by invoice type (`Recurring`, `OneTime`).
public struct InvoiceSummary: Codable, Hashable, Sendable {
    /// The summary of one invoice type.
    public struct Detail: Codable, Hashable, Sendable {
        public var invoiceType: String
        public var summary: InvoiceSummary

        public init(invoiceType: String, summary: InvoiceSummary) {
            self.invoiceType = invoiceType
            self.summary = summary
        }
    }

    @WireOr<WireAmount> public var balanceAmount: Decimal
    public var currencyCode: String?
    public var currencySymbol: String?
    @Wire<WireTimestamp> public var accountingDate: Date?
    @Wire<WireTimestamp> public var firstInvoiceCreationDate: Date?
    @Wire<WireTimestamp> public var lastPaymentDate: Date?
    @Wire<WireAmount> public var lastPaymentAmount: Decimal?
    @Wire<WireTimestamp> public var latestInvoiceDate: Date?
    @WireOr<WireDecoded<[Detail]>> public var details: [Detail]
    public var attributes: ResourceAttributes?

    public init(
        balanceAmount: Decimal, currencyCode: String?, currencySymbol: String?, latestInvoiceDate: Date?,
        lastPaymentDate: Date? = nil, lastPaymentAmount: Decimal? = nil, details: [Detail] = []
    ) {
        self.balanceAmount = balanceAmount
        self.currencyCode = currencyCode
        self.currencySymbol = currencySymbol
        self.latestInvoiceDate = latestInvoiceDate
        self.lastPaymentDate = lastPaymentDate
        self.lastPaymentAmount = lastPaymentAmount
        self.details = details
    }
}
