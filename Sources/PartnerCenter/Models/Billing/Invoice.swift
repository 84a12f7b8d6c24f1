import Foundation

/// An invoice (§4.7). `pdfDownloadLink` is only set on invoices fetched by ID.
public struct Invoice: Codable, Hashable, Sendable, Identifiable {
    /// Where an invoice's line items of one kind are.
    public struct Detail: Codable, Hashable, Sendable {
        public var invoiceLineItemType: String
        public var billingProvider: String
        public var links: ResourceLinks?

        public init(invoiceLineItemType: String, billingProvider: String, links: ResourceLinks?) {
            self.invoiceLineItemType = invoiceLineItemType
            self.billingProvider = billingProvider
            self.links = links
        }
    }

    public var id: InvoiceID
    public var invoiceDate: Date?
    public var billingPeriodStartDate: Date?
    public var billingPeriodEndDate: Date?
    public var totalCharges: Double
    public var paidAmount: Double?
    public var currencyCode: String?
    public var currencySymbol: String?
    public var pdfDownloadLink: String?
    public var invoiceDetails: [Detail]
    public var documentType: String?
    /// `Recurring` or `OneTime` (doc prose also `recurring`/`one_time`).
    public var invoiceType: String?
    public var links: ResourceLinks?
    public var attributes: ResourceAttributes?

    public init(
        id: InvoiceID, invoiceDate: Date?, totalCharges: Double, paidAmount: Double?, currencyCode: String?,
        currencySymbol: String?, invoiceType: String?, invoiceDetails: [Detail]
    ) {
        self.id = id
        self.invoiceDate = invoiceDate
        self.totalCharges = totalCharges
        self.paidAmount = paidAmount
        self.currencyCode = currencyCode
        self.currencySymbol = currencySymbol
        self.invoiceType = invoiceType
        self.invoiceDetails = invoiceDetails
        self.documentType = "invoice"
        self.attributes = ResourceAttributes(objectType: "Invoice")
    }

    private enum CodingKeys: String, CodingKey {
        case id, invoiceDate, billingPeriodStartDate, billingPeriodEndDate, totalCharges, paidAmount, currencyCode
        case currencySymbol, pdfDownloadLink, invoiceDetails, documentType, invoiceType, links, attributes
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(InvoiceID.self, forKey: .id)
        invoiceDate = try container.decodeIfPresent(WireDate.self, forKey: .invoiceDate)?.date
        billingPeriodStartDate = try container.decodeIfPresent(WireDate.self, forKey: .billingPeriodStartDate)?.date
        billingPeriodEndDate = try container.decodeIfPresent(WireDate.self, forKey: .billingPeriodEndDate)?.date
        totalCharges = try container.decodeIfPresent(LenientDouble.self, forKey: .totalCharges)?.value ?? 0
        paidAmount = try container.decodeIfPresent(LenientDouble.self, forKey: .paidAmount)?.value
        currencyCode = try container.decodeIfPresent(String.self, forKey: .currencyCode)
        currencySymbol = try container.decodeIfPresent(String.self, forKey: .currencySymbol)
        pdfDownloadLink = try container.decodeIfPresent(String.self, forKey: .pdfDownloadLink)
        invoiceDetails = try container.decodeIfPresent([Detail].self, forKey: .invoiceDetails) ?? []
        documentType = try container.decodeIfPresent(String.self, forKey: .documentType)
        invoiceType = try container.decodeIfPresent(String.self, forKey: .invoiceType)
        links = try container.decodeIfPresent(ResourceLinks.self, forKey: .links)
        attributes = try container.decodeIfPresent(ResourceAttributes.self, forKey: .attributes)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encodeIfPresent(invoiceDate.map(WireDate.init), forKey: .invoiceDate)
        try container.encodeIfPresent(billingPeriodStartDate.map(WireDate.init), forKey: .billingPeriodStartDate)
        try container.encodeIfPresent(billingPeriodEndDate.map(WireDate.init), forKey: .billingPeriodEndDate)
        try container.encode(totalCharges, forKey: .totalCharges)
        try container.encodeIfPresent(paidAmount, forKey: .paidAmount)
        try container.encodeIfPresent(currencyCode, forKey: .currencyCode)
        try container.encodeIfPresent(currencySymbol, forKey: .currencySymbol)
        try container.encodeIfPresent(pdfDownloadLink, forKey: .pdfDownloadLink)
        try container.encode(invoiceDetails, forKey: .invoiceDetails)
        try container.encodeIfPresent(documentType, forKey: .documentType)
        try container.encodeIfPresent(invoiceType, forKey: .invoiceType)
        try container.encodeIfPresent(links, forKey: .links)
        try container.encodeIfPresent(attributes, forKey: .attributes)
    }

    /// True for one-time (reservation) invoices, however the type is spelled.
    public var isOneTime: Bool {
        invoiceType.map { $0.lowercased().replacingOccurrences(of: "_", with: "") == "onetime" } ?? id.rawValue.hasPrefix("G")
    }
}
