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

    public var balanceAmount: Double
    public var currencyCode: String?
    public var currencySymbol: String?
    public var accountingDate: Date?
    public var firstInvoiceCreationDate: Date?
    public var lastPaymentDate: Date?
    public var lastPaymentAmount: Double?
    public var latestInvoiceDate: Date?
    public var details: [Detail]
    public var attributes: ResourceAttributes?

    public init(
        balanceAmount: Double, currencyCode: String?, currencySymbol: String?, latestInvoiceDate: Date?,
        lastPaymentDate: Date? = nil, lastPaymentAmount: Double? = nil, details: [Detail] = []
    ) {
        self.balanceAmount = balanceAmount
        self.currencyCode = currencyCode
        self.currencySymbol = currencySymbol
        self.latestInvoiceDate = latestInvoiceDate
        self.lastPaymentDate = lastPaymentDate
        self.lastPaymentAmount = lastPaymentAmount
        self.details = details
    }

    private enum CodingKeys: String, CodingKey {
        case balanceAmount, currencyCode, currencySymbol, accountingDate, firstInvoiceCreationDate, lastPaymentDate
        case lastPaymentAmount, latestInvoiceDate, details, attributes
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        balanceAmount = try container.decodeIfPresent(LenientDouble.self, forKey: .balanceAmount)?.value ?? 0
        currencyCode = try container.decodeIfPresent(String.self, forKey: .currencyCode)
        currencySymbol = try container.decodeIfPresent(String.self, forKey: .currencySymbol)
        accountingDate = try container.decodeIfPresent(WireDate.self, forKey: .accountingDate)?.date
        firstInvoiceCreationDate = try container.decodeIfPresent(WireDate.self, forKey: .firstInvoiceCreationDate)?.date
        lastPaymentDate = try container.decodeIfPresent(WireDate.self, forKey: .lastPaymentDate)?.date
        lastPaymentAmount = try container.decodeIfPresent(LenientDouble.self, forKey: .lastPaymentAmount)?.value
        latestInvoiceDate = try container.decodeIfPresent(WireDate.self, forKey: .latestInvoiceDate)?.date
        details = try container.decodeIfPresent([Detail].self, forKey: .details) ?? []
        attributes = try container.decodeIfPresent(ResourceAttributes.self, forKey: .attributes)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(balanceAmount, forKey: .balanceAmount)
        try container.encodeIfPresent(currencyCode, forKey: .currencyCode)
        try container.encodeIfPresent(currencySymbol, forKey: .currencySymbol)
        try container.encodeIfPresent(accountingDate.map(WireDate.init), forKey: .accountingDate)
        try container.encodeIfPresent(firstInvoiceCreationDate.map(WireDate.init), forKey: .firstInvoiceCreationDate)
        try container.encodeIfPresent(lastPaymentDate.map(WireDate.init), forKey: .lastPaymentDate)
        try container.encodeIfPresent(lastPaymentAmount, forKey: .lastPaymentAmount)
        try container.encodeIfPresent(latestInvoiceDate.map(WireDate.init), forKey: .latestInvoiceDate)
        try container.encode(details, forKey: .details)
        try container.encodeIfPresent(attributes, forKey: .attributes)
    }
}
