import Foundation
import PartnerCenter

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A country's reservation catalog flattened to one row per SKU, with a search index fast enough to filter
/// 100,000 rows on every keystroke.
///
/// Each row's search text (title, ARM size, region, product, category, term) is lowercased once and stored in
/// one contiguous byte buffer; a query is split on spaces and every term must occur as a substring.
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

        /// Builds the row of one SKU of `product`.
        public init(product: Product, sku: SKU) {
            productID = sku.productID
            skuID = sku.id
            productTitle = product.title
            title = sku.title
            armSkuName = sku.armSkuName
            name = sku.armSkuName ?? sku.title
            armRegionName = sku.armRegionName
            region = sku.region ?? sku.armRegionName
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

        /// Appends what the filter searches, lowercased: size, title, region, product, category, term.
        /// ASCII (nearly every catalog string) is lowercased byte by byte; anything else goes through `lowercased()`,
        /// as the query does, so both sides agree.
        func appendSearchText(to bytes: inout [UInt8]) {
            for field in [name, title, region ?? "", armRegionName ?? "", productTitle, category ?? "", term ?? "",
                          termDuration ?? ""]
            {
                if field.utf8.allSatisfy({ $0 < 0x80 }) {
                    for byte in field.utf8 { bytes.append(byte >= 65 && byte <= 90 ? byte + 32 : byte) }
                } else {
                    bytes.append(contentsOf: field.lowercased().utf8)
                }
                bytes.append(0x1F)
            }
        }
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

    public private(set) var rows: [Row] = []
    /// The lowercased search text of every row, back to back (UTF-8).
    private var searchBytes: [UInt8] = []
    /// Where row `i`'s text starts in `searchBytes`; one more entry than rows (the end).
    private var searchOffsets: [Int] = [0]
    /// How often each byte occurs in `searchBytes`: a term is anchored on its rarest byte.
    private var byteCounts = [Int](repeating: 0, count: 256)
    /// Prices by key, kept so rows appended later get theirs too.
    private var prices: [PriceSheetEntry.Key: PriceSheetEntry] = [:]
    // Sort keys per row, pulled out once: comparing through `rows[i]` would copy a row (and retain its strings).
    private var priceKeys: [Double] = []
    private var coreKeys: [Int] = []
    private var nameKeys: [String] = []
    private var regionKeys: [String] = []
    private var termKeys: [String] = []

    /// An empty index.
    public init() {}

    /// An index of every SKU of `products`, with prices where the sheet has them.
    public init(products: [Product], skus: [SKU], prices: [PriceSheetEntry] = []) {
        self.prices = PriceSheetEntry.index(prices)
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

    /// The number of rows.
    public var count: Int { rows.count }

    /// Adds the SKUs of one product (as they stream in).
    public mutating func append(product: Product, skus: [SKU]) {
        rows.reserveCapacity(rows.count + skus.count)
        for sku in skus {
            var row = Row(product: product, sku: sku)
            if let key = row.priceKey, let entry = prices[key] {
                row.price = entry.unitPrice
                row.currencyCode = entry.currencyCode
            }
            rows.append(row)
            let start = searchBytes.count
            row.appendSearchText(to: &searchBytes)
            for byte in searchBytes[start...] { byteCounts[Int(byte)] += 1 }
            searchOffsets.append(searchBytes.count)
            priceKeys.append(Self.priceKey(row.price))
            coreKeys.append(row.cores ?? .max)
            nameKeys.append(row.name)
            regionKeys.append(row.region ?? "~")
            termKeys.append(row.term ?? "")
        }
    }

    /// Joins the price sheet to the rows (and to rows appended later). Returns how many rows got a price.
    @discardableResult
    public mutating func applyPrices(_ entries: [PriceSheetEntry]) -> Int {
        prices.merge(PriceSheetEntry.index(entries), uniquingKeysWith: { _, new in new })
        var priced = 0
        for index in rows.indices {
            guard let key = rows[index].priceKey, let entry = prices[key] else { continue }
            rows[index].price = entry.unitPrice
            rows[index].currencyCode = entry.currencyCode
            priceKeys[index] = Self.priceKey(entry.unitPrice)
            priced += 1
        }
        return priced
    }

    // MARK: - Search

    /// Row `row`'s search text as the filter sees it (lowercased fields separated by spaces), e.g. to compare
    /// the filter with another tool over the same lines.
    public func searchText(ofRow row: Int) -> String {
        let slice = searchBytes[searchOffsets[row]..<searchOffsets[row + 1]].map { $0 == 0x1F ? 0x20 : $0 }
        return String(decoding: slice, as: UTF8.self)
    }

    /// The lowercased, non-empty terms of a query, as UTF-8.
    public static func terms(of query: String) -> [[UInt8]] {
        query.lowercased().split(separator: " ").map { Array($0.utf8) }
    }

    /// The rows whose search text contains every space-separated term of `query`.
    ///
    /// - Parameters:
    ///   - query: Terms separated by spaces; case-insensitive substrings. An empty query matches everything.
    ///   - candidates: The rows to consider, in the order wanted (e.g. from ``order(by:)``, or the previous
    ///     matches when the query only grew); all rows in index order when nil.
    /// - Returns: The matching row indices, in the order of `candidates`.
    public func filter(_ query: String, in candidates: [Int]? = nil) -> [Int] {
        let terms = Self.terms(of: query)
        guard !terms.isEmpty else { return candidates ?? Array(rows.indices) }
        // One pass per term, each over the survivors of the previous one; the rarest term usually comes last,
        // but every pass after the first is over a much shorter list either way.
        var survivors = candidates ?? Array(rows.indices)
        for term in terms {
            let anchor = term.indices.min { byteCounts[Int(term[$0])] < byteCounts[Int(term[$1])] } ?? 0
            survivors = Self.rows(in: survivors, containing: term, anchor: anchor, bytes: searchBytes, offsets: searchOffsets)
            if survivors.isEmpty { break }
        }
        return survivors
    }

    /// The candidates whose search text contains `term` (a byte-wise substring search).
    private static func rows(
        in candidates: [Int], containing term: [UInt8], anchor: Int, bytes: [UInt8], offsets: [Int]
    ) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(min(candidates.count, 1024))
        bytes.withUnsafeBytes { haystack in
            offsets.withUnsafeBufferPointer { offsets in
                term.withUnsafeBytes { needle in
                    guard let base = haystack.baseAddress, let needleBase = needle.baseAddress else { return }
                    for row in candidates {
                        let start = offsets[row]
                        let length = offsets[row + 1] - start
                        guard length >= needle.count else { continue }
                        if contains(base + start, length: length, needle: needleBase, count: needle.count, anchor: anchor) {
                            result.append(row)
                        }
                    }
                }
            }
        }
        return result
    }

    /// Whether `length` bytes at `haystack` contain the `count` bytes at `needle`. `memchr` (vectorised in libc)
    /// looks for the needle's rarest byte, at offset `anchor`, so few candidates reach `memcmp`.
    @inline(__always)
    private static func contains(
        _ haystack: UnsafeRawPointer, length: Int, needle: UnsafeRawPointer, count: Int, anchor: Int
    ) -> Bool {
        let anchorByte = Int32(needle.load(fromByteOffset: anchor, as: UInt8.self))
        // The anchor can only sit where the whole needle still fits around it.
        var position = haystack + anchor
        var remaining = length - count + 1
        while remaining > 0 {
            guard let hit = memchr(position, anchorByte, remaining) else { return false }
            let hitPointer = UnsafeRawPointer(hit)
            if memcmp(hitPointer - anchor, needle, count) == 0 { return true }
            let skipped = hitPointer - position + 1
            position += skipped
            remaining -= skipped
        }
        return false
    }

    // MARK: - Sort

    /// Every row index in the order of `sort`; ties are broken by name, region and term so the order is stable.
    public func order(by sort: Sort) -> [Int] {
        rows.indices.sorted { precedes($0, $1, by: sort) }
    }

    /// `existing` (an order of the rows before `added`) with the rows of `added` sorted in: O(n) plus sorting the
    /// new rows, so a streaming load does not re-sort everything per product.
    public func order(by sort: Sort, adding added: Range<Int>, to existing: [Int]) -> [Int] {
        let new = added.sorted { precedes($0, $1, by: sort) }
        var merged: [Int] = []
        merged.reserveCapacity(existing.count + new.count)
        var i = 0
        var j = 0
        while i < existing.count, j < new.count {
            if precedes(new[j], existing[i], by: sort) {
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

    /// Whether row `a` comes before row `b` in the order of `sort`.
    @inline(__always)
    private func precedes(_ a: Int, _ b: Int, by sort: Sort) -> Bool {
        switch sort {
        case .price: if priceKeys[a] != priceKeys[b] { return priceKeys[a] < priceKeys[b] }
        case .cores: if coreKeys[a] != coreKeys[b] { return coreKeys[a] < coreKeys[b] }
        case .region: if regionKeys[a] != regionKeys[b] { return regionKeys[a] < regionKeys[b] }
        case .name: break
        }
        if nameKeys[a] != nameKeys[b] { return nameKeys[a] < nameKeys[b] }
        if regionKeys[a] != regionKeys[b] { return regionKeys[a] < regionKeys[b] }
        if termKeys[a] != termKeys[b] { return termKeys[a] < termKeys[b] }
        return a < b
    }

    /// Unpriced rows sort last.
    private static func priceKey(_ price: Decimal?) -> Double {
        price.map { NSDecimalNumber(decimal: $0).doubleValue } ?? .infinity
    }
}
