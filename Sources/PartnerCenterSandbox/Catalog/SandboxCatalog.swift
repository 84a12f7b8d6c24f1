import Foundation
import PartnerCenter

/// The sandbox's reservation catalog: products, SKUs, availabilities, inventory and partner prices per country,
/// generated deterministically (the same IDs on every run and machine) and lazily (a product's SKUs are made on
/// first use and kept in memory; availabilities are derived per country and scope on demand).
///
/// ```swift
/// let catalog = SandboxCatalog()                       // about 7,700 SKUs per country
/// let vms = catalog.products(country: "US", view: .azureReservationsVM)
/// let skus = catalog.skus(productID: vms[0].id.rawValue, country: "US", scope: .azurePlan) ?? []
/// let entry = catalog.resolve(catalogItemID: "DZH318Z0…:0001:DZH318…", country: "US")
/// ```
/// SKUs are the same in every country where reservations are sold (as in Partner Center, where the region is
/// the datacenter, not the customer's market); availabilities carry the country's currency and have different
/// IDs per country, per scope (MS-AZR-0145P or Azure plan) and per `epoch`.
public final class SandboxCatalog: Sendable {
    /// How many copies of the region set each regional product is sold in; 1 is the real catalog, 14 gives
    /// over 100,000 SKUs per country (copies are synthetic regions such as `eastusx1`, for benchmarks).
    public let scale: Int
    /// Mixed into availability IDs: change it to make every availability and catalog item ID stale (400019).
    public let epoch: Int

    let products: [CatalogProductRecord]
    private let productPositions: [String: Int]
    let cache = CatalogCache()

    /// The CSP partner discount included in price sheet prices.
    static let partnerDiscount = 0.10
    /// Price of a reservation relative to pay-as-you-go for the whole term.
    static func reservationFactor(years: Int) -> Double { years >= 3 ? 0.40 : 0.62 }

    /// - Parameters:
    ///   - scale: copies of the region set (at least 1).
    ///   - epoch: a version mixed into availability IDs; 0 by default.
    public init(scale: Int = 1, epoch: Int = 0) {
        self.scale = max(1, scale)
        self.epoch = epoch
        var used: Set<String> = [Subscription.azurePlanOfferPrefix]
        var records: [CatalogProductRecord] = []
        for family in CatalogFamilies.all {
            var random = SeededGenerator(seed: StableHash.of("product", family.key))
            var id: String
            repeat { id = "DZH318Z0" + random.catalogStyleID(length: 4) } while used.contains(id)
            used.insert(id)
            records.append(CatalogProductRecord(id: id, family: family))
        }
        products = records
        productPositions = Dictionary(uniqueKeysWithValues: records.enumerated().map { ($1.id, $0) })
    }

    // MARK: - Markets

    /// The uppercase code when `raw` is a known Partner Center country code, else nil.
    public static func normalizedCountry(_ raw: String?) -> String? { CatalogMarkets.country(raw) }

    /// Whether reservations are sold in `country`; where they are not, the catalog has no products.
    public static func sellsReservations(in country: String) -> Bool {
        CatalogMarkets.sellsReservations(in: country.uppercased())
    }

    /// The currency availabilities and prices in `country` use.
    public static func currency(for country: String) -> CurrencyInfo { CatalogMarkets.currency(for: country.uppercased()) }

    // MARK: - Products

    /// The products sold in `country` for `view` (op 6): every reservation product for `AzureReservations`, the
    /// matching family for the narrow views, nothing for other views and in markets where reservations are not sold.
    public func products(country: String, view: CatalogView, scope: ReservationScope? = nil) -> [Product] {
        let country = country.uppercased()
        guard CatalogMarkets.sellsReservations(in: country) else { return [] }
        return products.filter { record in
            switch view {
            case .azureReservations: true
            case .unknown: false
            default: record.family.view == view
            }
        }.map { wireProduct($0, country: country, scope: scope) }
    }

    /// The JSON of the product collection for `country`, `view` and `scope` (op 6) with its `links.self.uri`,
    /// encoded once and kept with the SKU collections: a country's product list is asked for on every catalog open.
    func encodedProductCollection(country: String, view: CatalogView, scope: ReservationScope?, selfURI: String) throws -> Data {
        try cache.response(key: "products|\(country.uppercased())|\(view.wireName)|\(scope?.wireName ?? "")|\(selfURI)") {
            let items = products(country: country, view: view, scope: scope)
            return try JSONResponse.encoder.encode(ResourceCollection(items: items, links: ResourceLinks(selfLink: Link(uri: selfURI))))
        }
    }

    /// A product sold in `country` (op 7), or nil (an unknown ID, or a market where reservations are not sold).
    public func product(id: String, country: String, scope: ReservationScope? = nil) -> Product? {
        let country = country.uppercased()
        guard let record = productPosition(id: id, country: country) else { return nil }
        return wireProduct(products[record], country: country, scope: scope)
    }

    /// The product's SKUs in `country` (op 8), or nil when the product is not sold there.
    public func skus(productID: String, country: String, scope: ReservationScope? = nil) -> [SKU]? {
        let country = country.uppercased()
        guard let index = productPosition(id: productID, country: country) else { return nil }
        return skuRecords(product: index).records.map { wireSKU(products[index], $0, country: country, scope: scope) }
    }

    /// The JSON of the product's SKU collection in `country` (op 8), encoded once per product, country and scope
    /// and kept in memory (within a budget), so large catalogs are served quickly after the first request.
    /// Nil when the product is not sold there.
    func encodedSKUCollection(productID: String, country: String, scope: ReservationScope?) throws -> Data? {
        let country = country.uppercased()
        guard let index = productPosition(id: productID, country: country) else { return nil }
        let product = products[index]
        return try cache.response(key: "skus|\(index)|\(country)|\(scope?.wireName ?? "")") {
            let items = skuRecords(product: index).records.map { wireSKU(product, $0, country: country, scope: scope) }
            let links = ResourceLinks(
                selfLink: Link(uri: "/products/\(product.id)/skus" + Self.linkQuery(country: country, scope: scope)))
            return try JSONResponse.encoder.encode(ResourceCollection(items: items, links: links))
        }
    }

    /// One SKU in `country` (op 9; also for cart validation), or nil when the product or SKU is unknown there.
    public func sku(productID: String, skuID: String, country: String, scope: ReservationScope? = nil) -> SKU? {
        let country = country.uppercased()
        guard let index = productPosition(id: productID, country: country),
            let record = skuRecords(product: index).record(id: skuID)
        else { return nil }
        return wireSKU(products[index], record, country: country, scope: scope)
    }

    /// Whether the product exists in `country` (to tell 400013 from 400018).
    public func hasProduct(id: String, country: String) -> Bool { productPosition(id: id, country: country.uppercased()) != nil }

    // MARK: - Availabilities

    /// The SKU's availabilities in `country` for a scope (op 11): exactly one, whose term matches the SKU's
    /// duration. Nil when the product or SKU is unknown there.
    public func availabilities(productID: String, skuID: String, country: String, scope: ReservationScope?) -> [Availability]? {
        let country = country.uppercased()
        guard let index = productPosition(id: productID, country: country),
            let record = skuRecords(product: index).record(id: skuID)
        else { return nil }
        return [wireAvailability(products[index], record, country: country, isAzurePlan: scope == .azurePlan)]
    }

    /// An availability by ID (op 12), of either scope, with whether it is the Azure-plan one. Nil when any part
    /// is unknown in `country` — including an ID from another epoch or country (stale: 400019).
    public func availability(
        productID: String, skuID: String, availabilityID: String, country: String
    ) -> (availability: Availability, isAzurePlan: Bool)? {
        let country = country.uppercased()
        guard let index = productPosition(id: productID, country: country),
            let record = skuRecords(product: index).record(id: skuID)
        else { return nil }
        let product = products[index]
        for isAzurePlan in [false, true]
        where availabilityID.uppercased() == self.availabilityID(product, record, country: country, isAzurePlan: isAzurePlan) {
            return (wireAvailability(product, record, country: country, isAzurePlan: isAzurePlan), isAzurePlan)
        }
        return nil
    }

    // MARK: - Lookup for cart validation

    /// What a cart line's `catalogItemId` (`product:sku:availability`) is in `country`, or nil when it is malformed,
    /// unknown, from another country or scope epoch (stale), or the market does not sell reservations.
    ///
    /// Cart routes use it to validate lines: the entry says whether the availability is the Azure-plan one (compare
    /// with the subscription's kind), the term to match `termDuration`, the SKU's quantity limits and
    /// `provisioningVariables`, whether the SKU is restricted (no inventory), and the partner unit price.
    /// Matching is case-insensitive.
    public func resolve(catalogItemID: String, country: String) -> CatalogEntry? {
        guard let parts = CatalogItemID(catalogItemID).parts else { return nil }
        let country = country.uppercased()
        guard let index = productPosition(id: parts.productID.rawValue, country: country),
            let record = skuRecords(product: index).record(id: parts.skuID.rawValue),
            let found = availability(
                productID: parts.productID.rawValue, skuID: parts.skuID.rawValue,
                availabilityID: parts.availabilityID.rawValue, country: country)
        else { return nil }
        let (availability, isAzurePlan) = found
        let product = products[index]
        let currency = CatalogMarkets.currency(for: country)
        return CatalogEntry(
            product: wireProduct(product, country: country, scope: isAzurePlan ? .azurePlan : nil),
            sku: wireSKU(product, record, country: country, scope: isAzurePlan ? .azurePlan : nil),
            availability: availability, isAzurePlan: isAzurePlan,
            unitPrice: unitPrice(product.family, record, currencyCode: currency.code), currency: currency,
            isRestricted: product.family.requiresInventoryCheck && record.isRestricted)
    }

    // MARK: - Counts

    /// SKUs per country where reservations are sold (generates every product's SKUs).
    public var skuCountPerCountry: Int { products.indices.reduce(0) { $0 + skuRecords(product: $1).records.count } }

    /// Distinct `armRegionName`s over every SKU (generates every product's SKUs).
    public var regionNames: Set<String> {
        Set(products.indices.flatMap { skuRecords(product: $0).records.map(\.region.armName) })
    }

    // MARK: - Generation

    /// The product's position when `id` is known and `country` (uppercase) buys reservations.
    func productPosition(id: String, country: String) -> Int? {
        guard CatalogMarkets.sellsReservations(in: country) else { return nil }
        return productPositions[id.uppercased()]
    }

    /// The product's SKUs, generated on first use.
    func skuRecords(product index: Int) -> CatalogProductSKUs {
        cache.skus(product: index) { Self.generateSKUs(products[index], scale: scale) }
    }

    static let skuAlphabet = Array("0123456789BCDFGHJKLMNPQRSTVWXZ")

    /// `0001`, `0002`, … in the catalog's alphabet: the SKU's position within its product.
    static func skuID(ordinal: Int) -> String {
        var value = ordinal
        var characters: [Character] = []
        for _ in 0..<4 {
            characters.append(skuAlphabet[value % skuAlphabet.count])
            value /= skuAlphabet.count
        }
        return String(characters.reversed())
    }

    /// One SKU per (copy, size, region, duration), in that order, so the IDs of scale 1 are kept at every scale.
    static func generateSKUs(_ product: CatalogProductRecord, scale: Int) -> CatalogProductSKUs {
        let family = product.family
        let baseRegions = family.regionTier.map { tier in CatalogRegion.all.filter { $0.tier <= tier } } ?? [.global]
        let copies = family.isRegional ? scale : 1
        var records: [CatalogSKURecord] = []
        records.reserveCapacity(copies * family.sizes.count * baseRegions.count * 2)
        for copy in 0..<copies {
            let regions = baseRegions.map { $0.synthetic(copy: copy) }
            for (sizeIndex, size) in family.sizes.enumerated() {
                for region in regions {
                    let restricted =
                        family.requiresInventoryCheck
                        && StableHash.of("restricted", family.key, size.armSkuName, region.armName) % 4 == 0
                    for years in [1, 3] {
                        records.append(
                            CatalogSKURecord(
                                id: skuID(ordinal: records.count + 1), sizeIndex: sizeIndex, region: region, years: years,
                                isRestricted: restricted))
                    }
                }
            }
        }
        return CatalogProductSKUs(records: records)
    }

    /// The 12-character availability ID of a SKU in a country and scope: `DZH318` + 6 characters from a hash of
    /// product, SKU, country, scope and epoch. The two scopes never share an ID.
    func availabilityID(_ product: CatalogProductRecord, _ record: CatalogSKURecord, country: String, isAzurePlan: Bool) -> String {
        func make(_ scope: String, salt: Int) -> String {
            var random = SeededGenerator(
                seed: StableHash.of("availability", product.id, record.id, country, scope, String(epoch), String(salt)))
            return "DZH318" + random.catalogStyleID(length: 6)
        }
        let legacy = make("MS-AZR-0145P", salt: 0)
        guard isAzurePlan else { return legacy }
        var salt = 0
        var plan = make("AzurePlan", salt: salt)
        while plan == legacy {
            salt += 1
            plan = make("AzurePlan", salt: salt)
        }
        return plan
    }

    /// The partner price of one unit for the SKU's whole term in `currencyCode`: pay-as-you-go × hours × the
    /// reservation factor × the region's factor, less the CSP partner discount, converted at a fixed rate.
    func unitPrice(_ family: CatalogFamily, _ record: CatalogSKURecord, currencyCode: String) -> Decimal {
        let size = family.sizes[record.sizeIndex]
        let usd =
            size.hourlyUSD * 8760 * Double(record.years) * Self.reservationFactor(years: record.years)
            * record.region.priceFactor * (1 - Self.partnerDiscount)
        let local = usd * CatalogMarkets.rate(for: currencyCode)
        let digits = CatalogMarkets.fractionDigits(for: currencyCode)
        let text = String(format: "%.\(digits)f", local)
        return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? 0
    }
}
