import Foundation
import Vocabulary
import ReservationsCore
import TerminalUI
import ScreenKit

/// What one catalog load is for; results of an older request (another view, a reload) are ignored.
public struct CatalogRequest: Equatable, Sendable {
    /// Grows with every load the reducer starts.
    public var generation: Int
    public var country: String
    public var view: CatalogView
    /// `.azurePlan` for Azure-plan subscriptions, nil for MS-AZR-0145P.
    public var scope: ReservationScope?
    /// Whether a catalog in the local cache may be served (false for a reload the user asked for).
    public var useCache: Bool

    public init(generation: Int, country: String, view: CatalogView, scope: ReservationScope?, useCache: Bool = true) {
        self.generation = generation
        self.country = country
        self.view = view
        self.scope = scope
        self.useCache = useCache
    }
}

/// Identifies one catalog row across reloads: product and SKU.
public struct CatalogItemKey: Hashable, Sendable {
    public var productID: ProductID
    public var skuID: SKUID

    public init(productID: ProductID, skuID: SKUID) {
        self.productID = productID
        self.skuID = skuID
    }
}

/// The inventory answer for one SKU.
public enum InventoryStatus: Equatable, Sendable {
    case checking
    case available
    /// Restricted, with the service's descriptions.
    case restricted(String)
    case failed(String)
}

/// The detail area under the catalog: one SKU's availabilities (its inventory answer is kept per SKU in
/// ``CatalogState/inventory``, so it outlives the detail).
public struct CatalogDetail: Equatable, Sendable {
    public var key: CatalogItemKey
    public var availabilities: [AvailabilityRow] = []
    public var load: LoadState = .loading(loaded: 0, total: nil)

    public init(key: CatalogItemKey) { self.key = key }
}

/// The catalog pane: the customer's country's reservation SKUs for the selected subscription.
public struct CatalogState: ScreenState {
    public var customerID: CustomerID
    public var customerName: String
    public var subscription: SubscriptionRow
    public var request: CatalogRequest
    public var index = CatalogIndex()
    /// Every row index in the current sort order.
    public private(set) var order: [Int] = []
    /// Indices into `index.rows` matching the filter, in sort order.
    public private(set) var matches: [Int] = []
    /// The query `matches` was computed for, so a growing query only searches the previous matches.
    private var matchedQuery = ""
    /// The queries typed on the way to `matchedQuery` (each a prefix of it) and their matches, so Backspace
    /// finds its result instead of searching every row again; cleared whenever the rows or the order change.
    private var prefixQueries: [String] = []
    private var prefixMatches: [[Int]] = []
    /// Prefix results kept at most.
    static let prefixLimit = 16
    public var sort: CatalogIndex.Sort = .price
    public var filter = TextField()
    public var isEditingFilter = false
    public var table = TableState()
    /// Products answered / products in the view while loading.
    public var load: LoadState = .idle
    /// Products whose SKUs failed to load.
    public var failedProducts: [String] = []
    /// Whether the price sheet answered (nil while waiting), and why not.
    public var pricesUnavailable: String?
    /// The rows came from the local cache, fetched this many seconds before they were shown; nil when fresh.
    public var cachedAge: TimeInterval?
    /// A background refresh of the cached rows is running.
    public var isRefreshing = false
    public var detail: CatalogDetail?
    /// `a` was pressed before this SKU's availabilities were known: the cart form opens when they arrive.
    public var pendingAdd: CatalogItemKey?
    /// Inventory answers per SKU and region for this catalog's subscription, kept across cursor moves, views and
    /// reloads (a new check replaces one); a catalog for another subscription starts without any.
    public var inventory: [InventoryKey: InventoryStatus] = [:]

    public init(customerID: CustomerID, customerName: String, subscription: SubscriptionRow, request: CatalogRequest) {
        self.customerID = customerID
        self.customerName = customerName
        self.subscription = subscription
        self.request = request
    }

    /// The inventory answer for `row`, nil when none was asked for.
    public func inventory(of row: CatalogIndex.Row) -> InventoryStatus? {
        inventory[InventoryKey(item: CatalogItemKey(productID: row.productID, skuID: row.skuID), armRegionName: row.armRegionName)]
    }

    /// The row under the cursor.
    public var selectedRow: CatalogIndex.Row? {
        guard matches.indices.contains(table.selectedIndex) else { return nil }
        return index.rows[matches[table.selectedIndex]]
    }

    /// The row at a position among the matches.
    public func match(at position: Int) -> CatalogIndex.Row { index.rows[matches[position]] }

    /// Forgets the rows (a new view or a reload), keeping sort and filter.
    public mutating func reset(request: CatalogRequest) {
        self.request = request
        index = CatalogIndex()
        order = []
        matches = []
        matchedQuery = ""
        forgetPrefixes()
        table = TableState()
        failedProducts = []
        pricesUnavailable = nil
        cachedAge = nil
        isRefreshing = false
        detail = nil
    }

    /// Shows another whole catalog in place of the rows (served from the cache, or a background refresh of it):
    /// prices already joined carry over, the sort and filter are applied again, and a selection the user moved
    /// stays on the same SKU when it is still there.
    public mutating func replaceIndex(with newIndex: CatalogIndex) {
        let kept = table.selectedIndex == 0 ? nil : selectedKey
        let selectedDetail = detail
        var newIndex = newIndex
        newIndex.adoptPrices(from: index)
        index = newIndex
        matches = []
        table = TableState()
        resort()
        if let kept, let row = index.firstRow(productID: kept.productID, skuID: kept.skuID),
            let position = matches.firstIndex(of: row)
        {
            table.select(position, count: matches.count)
            detail = selectedDetail
        } else {
            detail = nil
        }
    }

    /// Adds one product's SKUs and re-sorts, keeping the selected SKU selected once the user has moved
    /// (an untouched selection stays on the first row, so the cheapest SKU so far is what shows).
    public mutating func append(_ batch: SKUBatch) {
        let isAtTop = table.selectedIndex == 0
        let start = index.count
        index.append(batch)
        order = index.order(by: sort, adding: start..<index.count, to: order)
        matchedQuery = ""
        forgetPrefixes()
        applyFilter()
        if isAtTop { table = TableState() }
    }

    /// Joins prices to the rows and re-sorts.
    public mutating func applyPrices(_ prices: PriceList) {
        index.applyPrices(prices)
        resortKeepingTop()
    }

    private mutating func resortKeepingTop() {
        let isAtTop = table.selectedIndex == 0
        resort()
        if isAtTop { table = TableState() }
    }

    /// Recomputes the sort order and the matches, keeping the selection on the same SKU.
    public mutating func resort() {
        order = index.order(by: sort)
        matchedQuery = ""
        forgetPrefixes()
        applyFilter()
    }

    /// Recomputes the matches after the filter changed. When the query only grew, only the previous matches
    /// are searched (a longer query can only match fewer rows).
    public mutating func applyFilter() {
        // Row indices are stable until `reset`, so the selected SKU is found by its index, not by comparing keys
        // (which copied a row per comparison: most of a keystroke at 100,000 rows when the SKU no longer matched).
        let selected: Int? = matches.indices.contains(table.selectedIndex) ? matches[table.selectedIndex] : nil
        let query = filter.text
        let grewFromPrevious = !matchedQuery.isEmpty && query.hasPrefix(matchedQuery)
        if let known = prefixQueries.lastIndex(of: query) {
            matches = prefixMatches[known]
        } else if query.isEmpty {
            matches = order
        } else {
            matches = index.filter(query, in: grewFromPrevious ? matches : order)
        }
        matchedQuery = query
        rememberPrefix(query)
        if let selected, let position = matches.firstIndex(where: { $0 == selected }) {
            table.select(position, count: matches.count)
        } else {
            table = TableState()
        }
    }

    /// Keeps `matches` as the result of `query`, dropping remembered queries that are not prefixes of it.
    private mutating func rememberPrefix(_ query: String) {
        while let last = prefixQueries.last, !query.hasPrefix(last) || last == query {
            prefixQueries.removeLast()
            prefixMatches.removeLast()
        }
        guard !query.isEmpty else { return }
        prefixQueries.append(query)
        prefixMatches.append(matches)
        if prefixQueries.count > Self.prefixLimit {
            prefixQueries.removeFirst()
            prefixMatches.removeFirst()
        }
    }

    private mutating func forgetPrefixes() {
        prefixQueries = []
        prefixMatches = []
    }

    /// The selected row's key.
    public var selectedKey: CatalogItemKey? {
        selectedRow.map { CatalogItemKey(productID: $0.productID, skuID: $0.skuID) }
    }

    /// How long ago a cached catalog was fetched, in words: `just now`, `12 min ago`, `3 h ago`.
    public static func ageText(_ seconds: TimeInterval) -> String {
        switch max(0, seconds) {
        case ..<60: "just now"
        case ..<3600: "\(Int(seconds / 60)) min ago"
        default: "\(Int(seconds / 3600)) h ago"
        }
    }

    /// `Loading catalog for US… 12/24 products (Esc to stop)`.
    public var progressText: String {
        switch load {
        case .loading(let done, let total?):
            return "Loading catalog for \(request.country)… \(done)/\(total) products (Esc to stop)"
        case .loading:
            return "Loading catalog for \(request.country)… (Esc to stop)"
        default:
            return ""
        }
    }
}

// MARK: - Labels

extension CatalogView {
    /// A short name for the pane title and status line.
    public var label: String {
        switch self {
        case .azureReservations: "all"
        case .azureReservationsVM: "VM"
        case .azureReservationsSQL: "SQL"
        case .azureReservationsCosmosDB: "Cosmos DB"
        case .unknown(let raw): raw
        }
    }

    /// The next of the four reservation views, for the `v` key.
    public var next: CatalogView {
        let all = CatalogView.allCases
        let position = all.firstIndex(of: self) ?? -1
        return all[(position + 1) % all.count]
    }
}

extension CatalogState: FilteredList {}
