import Foundation
import PartnerCenter

/// A country's reservation catalog flattened to one row per SKU, with a search index fast enough to filter
/// 100,000 rows on every keystroke.
///
/// Rows are stored as positions in two tables of distinct strings (``InternedStrings``): the searched fields
/// (size, region, product, category, term) and the rest (IDs, SKU titles, prices, currencies). A query is split on
/// spaces and every term must start a word of one of a row's searched fields; each term is looked for once
/// per distinct string, then rows are kept by looking their fields up, so a 100,000-row catalog that repeats a few
/// hundred regions and products is searched in little more than the time to read its rows once.
///
/// ```swift
/// var index = CatalogIndex()
/// index.append(product: product, skus: skus)
/// let order = index.order(by: .price)
/// let matches = index.filter("d2s eastus 3y", in: order)   // row indices, in `order`'s order
/// ```
public struct CatalogIndex: Equatable, Sendable {
    /// One SKU as the catalog shows it.
    public struct Row: Equatable, Sendable {
        public var productID: ProductID
        public var skuID: SKUID
        /// The product (family) title, e.g. `Reserved VM Instances, Dsv5 Series`.
        public var productTitle: String
        public var title: String
        /// `Standard_D2s_v5`, or the title when the SKU has none.
        public var name: String
        public var armSkuName: String?
        /// Display region, e.g. `US East` (falls back to the ARM region).
        public var region: String?
        public var armRegionName: String?
        public var category: String?
        public var cores: Int?
        public var ramGB: Double?
        /// `1Y`/`3Y` for display.
        public var term: String?
        /// The ISO term (`P1Y`), the price sheet's join key.
        public var termDuration: String?
        public var requiresInventoryCheck: Bool
        public var minimumQuantity: Int?
        public var maximumQuantity: Int?
        /// The partner price for the whole term, when the price sheet has one.
        public var price: Decimal?
        public var currencyCode: String?

        init(
            productID: ProductID, skuID: SKUID, productTitle: String, title: String, name: String, armSkuName: String?,
            region: String?, armRegionName: String?, category: String?, cores: Int?, ramGB: Double?, term: String?,
            termDuration: String?, requiresInventoryCheck: Bool, minimumQuantity: Int?, maximumQuantity: Int?,
            price: Decimal?, currencyCode: String?
        ) {
            self.productID = productID
            self.skuID = skuID
            self.productTitle = productTitle
            self.title = title
            self.name = name
            self.armSkuName = armSkuName
            self.region = region
            self.armRegionName = armRegionName
            self.category = category
            self.cores = cores
            self.ramGB = ramGB
            self.term = term
            self.termDuration = termDuration
            self.requiresInventoryCheck = requiresInventoryCheck
            self.minimumQuantity = minimumQuantity
            self.maximumQuantity = maximumQuantity
            self.price = price
            self.currencyCode = currencyCode
        }

        /// Builds the row of one SKU of `product`.
        public init(product: Product, sku: SKU) {
            productID = sku.productID
            skuID = sku.id
            productTitle = product.title
            title = sku.title
            let armSkuName = sku.armSkuName
            self.armSkuName = armSkuName
            name = armSkuName ?? sku.title
            let armRegionName = sku.armRegionName
            self.armRegionName = armRegionName
            region = sku.region ?? armRegionName
            category = sku.category
            cores = sku.cores
            ramGB = sku.ramGB
            termDuration = sku.termDuration
            term = termDuration.map { String($0.dropFirst()) }  // P1Y → 1Y
            requiresInventoryCheck = sku.requiresInventoryCheck
            minimumQuantity = sku.minimumQuantity
            maximumQuantity = sku.maximumQuantity
        }

        /// The key of this row's price in the price sheet, when the term is known.
        public var priceKey: PriceSheetEntry.Key? {
            termDuration.map { PriceSheetEntry.Key(productID: productID, skuID: skuID, termDuration: $0) }
        }
    }

    /// The rows, materialised one at a time from the tables (a screen shows a few dozen of 100,000).
    public struct Rows: RandomAccessCollection, Sendable {
        let index: CatalogIndex
        public var startIndex: Int { 0 }
        public var endIndex: Int { index.stored.count }
        public subscript(position: Int) -> Row { index.row(at: position) }
    }

    /// The orders the catalog can be listed in.
    public enum Sort: String, CaseIterable, Sendable {
        /// Cheapest first; rows without a price last.
        case price
        /// Fewest cores first.
        case cores
        case region
        case name

        /// The next order, for a key that cycles through them.
        public var next: Sort {
            let all = Sort.allCases
            return all[(all.firstIndex(of: self)! + 1) % all.count]
        }
    }

    /// One SKU's fields as IDs in ``texts`` (searched) and ``values`` (not searched).
    struct StoredRow: Equatable, Sendable {
        // Searched, in `texts`.
        var name: UInt32
        var region: UInt32
        var armRegionName: UInt32
        var productTitle: UInt32
        var category: UInt32
        var term: UInt32
        var termDuration: UInt32
        var armSkuName: UInt32
        // Not searched, in `values`. The SKU's title is here so a query does not scan 100,000 distinct titles
        // that no row is matched on (it was most of a first keystroke).
        var productID: UInt32
        var skuID: UInt32
        var title: UInt32
        var price: UInt32 = InternedStrings.none
        var currencyCode: UInt32 = InternedStrings.none
        // Numbers; `Int32.min` and NaN stand for none.
        var cores: Int32
        var minimumQuantity: Int32
        var maximumQuantity: Int32
        var ramGB: Double
        var requiresInventoryCheck: Bool

        /// Whether any searched field is one of the strings flagged in `matching` (indexed by text ID). With
        /// `exactRegion`, the term is a region code: the region code must be that one exactly (`eastus` is not
        /// `eastus2`), while the other fields still match by word start. The SKU's title is not searched: it
        /// repeats size, region and term, and its other words ("Instances") only made short terms match everything.
        @inline(__always)
        func hasField(in matching: UnsafeBufferPointer<Bool>, exactRegion: UInt32?) -> Bool {
            @inline(__always) func flagged(_ id: UInt32) -> Bool { id != InternedStrings.none && matching[Int(id)] }
            let regionCode = exactRegion.map { armRegionName == $0 } ?? flagged(armRegionName)
            return regionCode || flagged(name) || flagged(region) || flagged(productTitle) || flagged(category)
                || flagged(term) || flagged(termDuration)
        }
    }

    /// A price sheet row reduced to what the join needs, keyed by IDs in ``values`` and ``texts``.
    struct PriceKey: Hashable, Sendable {
        var productID: UInt32
        var skuID: UInt32
        var termDuration: UInt32
    }

    struct StoredPrice: Equatable, Sendable {
        var price: UInt32
        var currencyCode: UInt32
    }

    private(set) var stored: [StoredRow] = []
    private(set) var texts = InternedStrings()
    private(set) var values = InternedStrings()
    /// Prices by key, kept so rows appended later get theirs too.
    private(set) var prices: [PriceKey: StoredPrice] = [:]
    /// Unpriced rows sort last; kept per row because parsing a price per comparison would be slow.
    private var priceKeys: [Double] = []
    /// The text IDs used as names, regions and terms: what a sort compares.
    private(set) var sortedTextIDs: Set<UInt32> = []

    /// An empty index.
    public init() {}

    /// An index of every SKU of `products`, with prices where the sheet has them.
    public init(products: [Product], skus: [SKU], prices: [PriceSheetEntry] = []) {
        applyPrices(prices)
        let byID = Dictionary(products.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var grouped: [ProductID: [SKU]] = [:]
        for sku in skus { grouped[sku.productID, default: []].append(sku) }
        for product in products {
            append(product: product, skus: grouped[product.id] ?? [])
        }
        for (id, rest) in grouped where byID[id] == nil {
            append(product: Product(id: id, title: id.rawValue), skus: rest)
        }
    }

    /// An index from its tables (read from the catalog cache, see `CatalogIndex+Archive.swift`); no prices yet.
    init(stored: [StoredRow], texts: InternedStrings, values: InternedStrings, sortedTextIDs: Set<UInt32>) {
        self.stored = stored
        self.texts = texts
        self.values = values
        self.sortedTextIDs = sortedTextIDs
        priceKeys = stored.map { Self.priceKey(values[$0.price]) }
    }

    /// The number of rows.
    public var count: Int { stored.count }

    /// Every row, materialised on access.
    public var rows: Rows { Rows(index: self) }

    /// Row `position`, materialised from the tables.
    public func row(at position: Int) -> Row {
        let stored = stored[position]
        return Row(
            productID: ProductID(values[stored.productID] ?? ""), skuID: SKUID(values[stored.skuID] ?? ""),
            productTitle: texts[stored.productTitle] ?? "", title: values[stored.title] ?? "",
            name: texts[stored.name] ?? "", armSkuName: texts[stored.armSkuName], region: texts[stored.region],
            armRegionName: texts[stored.armRegionName], category: texts[stored.category],
            cores: stored.cores == .min ? nil : Int(stored.cores), ramGB: stored.ramGB.isNaN ? nil : stored.ramGB,
            term: texts[stored.term], termDuration: texts[stored.termDuration],
            requiresInventoryCheck: stored.requiresInventoryCheck,
            minimumQuantity: stored.minimumQuantity == .min ? nil : Int(stored.minimumQuantity),
            maximumQuantity: stored.maximumQuantity == .min ? nil : Int(stored.maximumQuantity),
            price: values[stored.price].flatMap { Decimal(string: $0) }, currencyCode: values[stored.currencyCode])
    }

    /// The position of the row of `skuID` of `productID`, if the catalog has it (to keep a selection across a
    /// reload). Looks up two strings and scans the ID columns: no row is materialised.
    public func firstRow(productID: ProductID, skuID: SKUID) -> Int? {
        guard let product = values.id(of: productID.rawValue), let sku = values.id(of: skuID.rawValue) else { return nil }
        return stored.firstIndex { $0.skuID == sku && $0.productID == product }
    }

    /// Adds a batch of one product's SKUs as the loader hands them over.
    public mutating func append(_ batch: SKUBatch) { append(product: batch.product, skus: batch.skus) }

    /// Adds the SKUs of one product (as they stream in).
    public mutating func append(product: Product, skus: [SKU]) {
        stored.reserveCapacity(stored.count + skus.count)
        priceKeys.reserveCapacity(stored.count + skus.count)
        for sku in skus {
            let row = Row(product: product, sku: sku)
            var entry = StoredRow(
                name: texts.intern(row.name), region: texts.intern(row.region),
                armRegionName: texts.intern(row.armRegionName), productTitle: texts.intern(row.productTitle),
                category: texts.intern(row.category), term: texts.intern(row.term),
                termDuration: texts.intern(row.termDuration), armSkuName: texts.intern(row.armSkuName),
                productID: values.intern(row.productID.rawValue), skuID: values.intern(row.skuID.rawValue),
                title: values.intern(row.title),
                cores: Self.stored(row.cores), minimumQuantity: Self.stored(row.minimumQuantity),
                maximumQuantity: Self.stored(row.maximumQuantity), ramGB: row.ramGB ?? .nan,
                requiresInventoryCheck: row.requiresInventoryCheck)
            if let price = prices[PriceKey(productID: entry.productID, skuID: entry.skuID, termDuration: entry.termDuration)] {
                entry.price = price.price
                entry.currencyCode = price.currencyCode
            }
            stored.append(entry)
            priceKeys.append(Self.priceKey(values[entry.price]))
            rememberSortedTexts(of: entry)
        }
    }

    private mutating func rememberSortedTexts(of row: StoredRow) {
        sortedTextIDs.insert(row.name)
        sortedTextIDs.insert(row.region)
        sortedTextIDs.insert(row.term)
    }

    /// Joins a market's price sheet to the rows, as the loader hands it over; returns how many rows got a price.
    @discardableResult
    public mutating func applyPrices(_ list: PriceList) -> Int { applyPrices(list.entries) }

    /// Joins the price sheet to the rows (and to rows appended later). Returns how many rows got a price.
    @discardableResult
    public mutating func applyPrices(_ entries: [PriceSheetEntry]) -> Int {
        prices.reserveCapacity(prices.count + entries.count)
        for entry in entries {
            addPrice(
                productID: entry.productID.rawValue, skuID: entry.skuID.rawValue, termDuration: entry.termDuration,
                price: entry.unitPrice.description, currencyCode: entry.currencyCode)
        }
        return joinPrices()
    }

    /// Takes the prices `other` has joined (a catalog being replaced by a fresh load of it), so the fresh rows are
    /// priced without asking for the price sheet again. Returns how many rows got a price.
    @discardableResult
    public mutating func adoptPrices(from other: CatalogIndex) -> Int {
        guard !other.prices.isEmpty else { return 0 }
        prices.reserveCapacity(prices.count + other.prices.count)
        for (key, price) in other.prices {
            guard let productID = other.values[key.productID], let skuID = other.values[key.skuID],
                let termDuration = other.texts[key.termDuration], let amount = other.values[price.price]
            else { continue }
            addPrice(
                productID: productID, skuID: skuID, termDuration: termDuration, price: amount,
                currencyCode: other.values[price.currencyCode])
        }
        return joinPrices()
    }

    private mutating func addPrice(productID: String, skuID: String, termDuration: String, price: String, currencyCode: String?) {
        let key = PriceKey(productID: values.intern(productID), skuID: values.intern(skuID), termDuration: texts.intern(termDuration))
        prices[key] = StoredPrice(price: values.intern(price), currencyCode: values.intern(currencyCode))
    }

    /// Sets every row's price from ``prices``; returns how many rows have one.
    private mutating func joinPrices() -> Int {
        var priced = 0
        for position in stored.indices {
            let row = stored[position]
            guard let price = prices[PriceKey(productID: row.productID, skuID: row.skuID, termDuration: row.termDuration)]
            else { continue }
            stored[position].price = price.price
            stored[position].currencyCode = price.currencyCode
            priceKeys[position] = Self.priceKey(values[price.price])
            priced += 1
        }
        return priced
    }

    private static func stored(_ number: Int?) -> Int32 {
        guard let number else { return .min }
        return Int32(clamping: number)
    }

    // MARK: - Search

    /// Row `row`'s search text as the filter sees it (lowercased fields separated by spaces), e.g. to compare
    /// the filter with another tool over the same lines.
    public func searchText(ofRow row: Int) -> String {
        let fields = stored[row]
        return [fields.name, fields.region, fields.armRegionName, fields.productTitle, fields.category, fields.term,
                fields.termDuration].map { texts.loweredText($0) }.joined(separator: " ")
    }

    /// The folded (lowercased, accent-free), non-empty terms of a query, as UTF-8.
    public static func terms(of query: String) -> [[UInt8]] {
        InternedStrings.searchFolded(query).split(separator: " ").map { Array($0.utf8) }
    }

    /// The text ID of `term` when it is some row's region code exactly, else nil.
    private func regionCode(_ term: [UInt8]) -> UInt32? {
        guard let id = texts.id(of: String(decoding: term, as: UTF8.self)) else { return nil }
        return stored.contains { $0.armRegionName == id } ? id : nil
    }

    /// The rows where every space-separated term of `query` starts a word of one searched field (size, region name
    /// or code, family, category, term); a term that is a region code exactly matches only that region.
    ///
    /// - Parameters:
    ///   - query: Terms separated by spaces; case- and accent-insensitive. An empty query matches everything.
    ///   - candidates: The rows to consider, in the order wanted (e.g. from ``order(by:)``, or the previous
    ///     matches when the query only grew); all rows in index order when nil.
    /// - Returns: The matching row indices, in the order of `candidates`.
    public func filter(_ query: String, in candidates: [Int]? = nil) -> [Int] {
        let terms = Self.terms(of: query)
        guard !terms.isEmpty else { return candidates ?? Array(stored.indices) }
        // Each term once per distinct string; then a row survives when every term is in one of its fields.
        let matching = terms.map { texts.containing($0) }
        let exactRegions = terms.map(regionCode)
        var result: [Int] = []
        result.reserveCapacity(min(candidates?.count ?? stored.count, 4096))
        stored.withUnsafeBufferPointer { rows in
            withFlagBuffers(matching) { flags in
                func keeps(_ row: Int) -> Bool {
                    for (term, termFlags) in flags.enumerated() where !rows[row].hasField(in: termFlags, exactRegion: exactRegions[term]) {
                        return false
                    }
                    return true
                }
                if let candidates {
                    for row in candidates where keeps(row) { result.append(row) }
                } else {
                    for row in 0..<rows.count where keeps(row) { result.append(row) }
                }
            }
        }
        return result
    }

    /// Calls `body` with a buffer pointer to each array of `flags` (kept alive for the call).
    private func withFlagBuffers<Result>(
        _ flags: [[Bool]], _ body: ([UnsafeBufferPointer<Bool>]) -> Result
    ) -> Result {
        func nest(_ remaining: ArraySlice<[Bool]>, _ buffers: [UnsafeBufferPointer<Bool>]) -> Result {
            guard let first = remaining.first else { return body(buffers) }
            return first.withUnsafeBufferPointer { nest(remaining.dropFirst(), buffers + [$0]) }
        }
        return nest(flags[...], [])
    }

    // MARK: - Sort

    /// Every row index in the order of `sort`; ties are broken by name, region and term so the order is stable.
    public func order(by sort: Sort) -> [Int] {
        let keys = sortKeys(by: sort)
        return stored.indices.sorted { Self.precedes($0, $1, keys: keys) }
    }

    /// `existing` (an order of the rows before `added`) with the rows of `added` sorted in: O(n) plus sorting the
    /// new rows, so a streaming load does not re-sort everything per product.
    public func order(by sort: Sort, adding added: Range<Int>, to existing: [Int]) -> [Int] {
        let keys = sortKeys(by: sort)
        let new = added.sorted { Self.precedes($0, $1, keys: keys) }
        var merged: [Int] = []
        merged.reserveCapacity(existing.count + new.count)
        var i = 0
        var j = 0
        while i < existing.count, j < new.count {
            if Self.precedes(new[j], existing[i], keys: keys) {
                merged.append(new[j])
                j += 1
            } else {
                merged.append(existing[i])
                i += 1
            }
        }
        merged.append(contentsOf: existing[i...])
        merged.append(contentsOf: new[j...])
        return merged
    }

    /// Whether row `a` comes before row `b`: by key, then by position, so the order is total and stable.
    @inline(__always)
    private static func precedes(_ a: Int, _ b: Int, keys: [SortKey]) -> Bool {
        keys[a] != keys[b] ? keys[a] < keys[b] : a < b
    }

    /// What a row sorts by: the sort's own value, then name, region and term as string ranks packed in one number.
    private typealias SortKey = (Double, UInt64)

    /// One key per row for `sort`, so a comparison is two numbers instead of look-ups in rows and ranks (a cached
    /// catalog is sorted whole when it opens). Strings compare by rank (``InternedStrings/ranks(of:)``); rows
    /// without a region sort after every region, without a name or term before; unpriced rows sort last.
    private func sortKeys(by sort: Sort) -> [SortKey] {
        let ranks = texts.ranks(of: sortedTextIDs)
        let bits: UInt64 = 21
        let limit = UInt64(1) << bits - 1
        func rank(_ id: UInt32, none: UInt64) -> UInt64 { id == InternedStrings.none ? none : min(UInt64(ranks[Int(id)]), limit - 1) }
        var keys: [SortKey] = []
        keys.reserveCapacity(stored.count)
        for (position, row) in stored.enumerated() {
            let region = rank(row.region, none: limit)
            let primary: Double
            switch sort {
            case .price: primary = priceKeys[position]
            case .cores: primary = Double(row.cores == .min ? Int32.max : row.cores)
            case .region: primary = Double(region)
            case .name: primary = 0
            }
            keys.append((primary, rank(row.name, none: 0) << (2 * bits) | region << bits | rank(row.term, none: 0)))
        }
        return keys
    }

    /// Unpriced rows sort last.
    private static func priceKey(_ price: String?) -> Double {
        price.flatMap(Double.init) ?? .infinity
    }
}
