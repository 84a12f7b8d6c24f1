import Foundation

/// One row of the `azure_reservations` price sheet (§10): the partner price of one SKU for one term in one
/// market. Prices include the CSP partner discount. Join it to the catalog on `key` (product ID + SKU ID + term).
public struct PriceSheetEntry: Hashable, Sendable {
    /// What a price sheet row is joined on.
    public struct Key: Hashable, Sendable {
        public var productID: ProductID
        public var skuID: SKUID
        /// ISO 8601 duration, uppercased (`P1Y`, `P3Y`).
        public var termDuration: String

        public init(productID: ProductID, skuID: SKUID, termDuration: String) {
            self.productID = productID
            self.skuID = skuID
            self.termDuration = termDuration.uppercased()
        }
    }

    public var productID: ProductID
    public var skuID: SKUID
    /// ISO 8601 duration of the term, e.g. `P1Y`.
    public var termDuration: String
    /// The partner's price for one unit for the whole term, in `currencyCode`.
    public var unitPrice: Decimal
    /// ISO 4217 code, e.g. `USD`.
    public var currencyCode: String
    /// The two-letter market the price is for.
    public var market: String
    public var productTitle: String?
    public var skuTitle: String?
    public var unitOfMeasure: String?
    public var armSkuName: String?
    public var armRegionName: String?

    public init(
        productID: ProductID, skuID: SKUID, termDuration: String, unitPrice: Decimal, currencyCode: String, market: String,
        productTitle: String? = nil, skuTitle: String? = nil, unitOfMeasure: String? = nil, armSkuName: String? = nil,
        armRegionName: String? = nil
    ) {
        self.productID = productID
        self.skuID = skuID
        self.termDuration = termDuration
        self.unitPrice = unitPrice
        self.currencyCode = currencyCode
        self.market = market
        self.productTitle = productTitle
        self.skuTitle = skuTitle
        self.unitOfMeasure = unitOfMeasure
        self.armSkuName = armSkuName
        self.armRegionName = armRegionName
    }

    /// The join key: product ID + SKU ID + term.
    public var key: Key { Key(productID: productID, skuID: skuID, termDuration: termDuration) }

    /// The entries by key; when a key appears twice the last row wins.
    public static func index(_ entries: [PriceSheetEntry]) -> [Key: PriceSheetEntry] {
        Dictionary(entries.map { ($0.key, $0) }, uniquingKeysWith: { _, last in last })
    }
}
