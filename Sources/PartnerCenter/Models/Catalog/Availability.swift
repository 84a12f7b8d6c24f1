import Foundation

/// Where, for whom and for which terms a SKU can be bought (§4.1). Its `catalogItemID` goes into the cart;
/// both it and `id` are short-lived, so fetch them near purchase time (§8.8).
public struct Availability: Codable, Hashable, Sendable, Identifiable {
    public var id: AvailabilityID
    public var productID: ProductID
    public var skuID: SKUID
    public var catalogItemID: CatalogItemID
    public var defaultCurrency: CurrencyInfo?
    public var segment: TargetSegment?
    /// The two-letter country this availability is for.
    public var country: String?
    public var isPurchasable: Bool?
    public var isRenewable: Bool?
    public var renewalInstructions: String?
    /// For reservations one term whose duration matches the SKU's (`P1Y`/`P3Y`).
    public var terms: [Term]
    public var links: CatalogLinks?
    public var attributes: ResourceAttributes?

    public init(
        id: AvailabilityID, productID: ProductID, skuID: SKUID, catalogItemID: CatalogItemID? = nil,
        defaultCurrency: CurrencyInfo? = nil, segment: TargetSegment? = .commercial, country: String? = nil,
        isPurchasable: Bool? = true, isRenewable: Bool? = false, terms: [Term] = [], links: CatalogLinks? = nil
    ) {
        self.id = id
        self.productID = productID
        self.skuID = skuID
        self.catalogItemID = catalogItemID ?? CatalogItemID(productID: productID, skuID: skuID, availabilityID: id)
        self.defaultCurrency = defaultCurrency
        self.segment = segment
        self.country = country
        self.isPurchasable = isPurchasable
        self.isRenewable = isRenewable
        self.terms = terms
        self.links = links
        self.attributes = ResourceAttributes(objectType: "Availability")
    }

    private enum CodingKeys: String, CodingKey {
        case id
        case productID = "productId"
        case skuID = "skuId"
        case catalogItemID = "catalogItemId"
        case defaultCurrency, segment, country, isPurchasable, isRenewable, renewalInstructions, terms, links
        case attributes
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(AvailabilityID.self, forKey: .id)
        catalogItemID = try container.decode(CatalogItemID.self, forKey: .catalogItemID)
        // Both are in every documented example; fall back to the catalog item ID's parts when one is missing.
        productID = try Self.decode(ProductID.self, .productID, in: container, orElse: catalogItemID.productID)
        skuID = try Self.decode(SKUID.self, .skuID, in: container, orElse: catalogItemID.skuID)
        defaultCurrency = try container.decodeIfPresent(CurrencyInfo.self, forKey: .defaultCurrency)
        segment = try container.decodeIfPresent(TargetSegment.self, forKey: .segment)
        country = try container.decodeIfPresent(String.self, forKey: .country)
        isPurchasable = try container.decodeIfPresent(Bool.self, forKey: .isPurchasable)
        isRenewable = try container.decodeIfPresent(Bool.self, forKey: .isRenewable)
        renewalInstructions = try container.decodeIfPresent(String.self, forKey: .renewalInstructions)
        terms = try container.decodeIfPresent([Term].self, forKey: .terms) ?? []
        links = try container.decodeIfPresent(CatalogLinks.self, forKey: .links)
        attributes = try container.decodeIfPresent(ResourceAttributes.self, forKey: .attributes)
    }

    /// The key's value, else `fallback`; with neither, the key's own decoding error.
    private static func decode<Value: Decodable>(
        _ type: Value.Type, _ key: CodingKeys, in container: KeyedDecodingContainer<CodingKeys>, orElse fallback: Value?
    ) throws -> Value {
        if let value = try container.decodeIfPresent(type, forKey: key) ?? fallback { return value }
        return try container.decode(type, forKey: key)
    }

    /// True when one of the terms has this ISO duration (compared case-insensitively).
    public func offersTerm(_ duration: String) -> Bool {
        terms.contains { $0.duration.caseInsensitiveCompare(duration) == .orderedSame }
    }
}
