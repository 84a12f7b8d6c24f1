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
    @Wire<WireTimestamp> public var invoiceDate: Date?
    @Wire<WireTimestamp> public var billingPeriodStartDate: Date?
    @Wire<WireTimestamp> public var billingPeriodEndDate: Date?
    @WireOr<WireAmount> public var totalCharges: Decimal
    @Wire<WireAmount> public var paidAmount: Decimal?
    public var currencyCode: String?
    public var currencySymbol: String?
    public var pdfDownloadLink: String?
    @WireOr<WireDecoded<[Detail]>> public var invoiceDetails: [Detail]
    public var documentType: String?
    /// `Recurring` or `OneTime` (doc prose also `recurring`/`one_time`).
    public var invoiceType: String?
    public var links: ResourceLinks?
    public var attributes: ResourceAttributes?

    public init(
        id: InvoiceID, invoiceDate: Date?, totalCharges: Decimal, paidAmount: Decimal?, currencyCode: String?,
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

    /// True for one-time (reservation) invoices, however the type is spelled.
    public var isOneTime: Bool {
        invoiceType.map { $0.lowercased().replacingOccurrences(of: "_", with: "") == "onetime" } ?? id.rawValue.hasPrefix("G")
    }
}
