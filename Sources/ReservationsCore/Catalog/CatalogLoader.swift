import AsyncAlgorithms
import Foundation
import PartnerCenter

/// Loads a country's reservation catalog: the products of a view, then every product's SKUs a few at a time,
/// with the market's price sheet alongside. Progress streams as events; cancelling the consumer stops it.
///
/// ```swift
/// let loader = CatalogLoader(client: client)
/// for try await event in loader.load(country: "US", view: .azureReservations, scope: nil) { … }
/// ```
public struct CatalogLoader: Sendable {
    /// One step of a catalog load.
    public enum Event: Equatable, Sendable {
        /// The product list arrived; SKUs follow, one event per product.
        case products([Product])
        /// Part of one product's SKUs, sent as they decode; the product's last part comes as `skus`.
        case skuBatch(SKUBatch)
        /// One product's SKUs (the last part of them, after any `skuBatch`); `done` of `total` products have answered.
        case skus(SKUBatch, done: Int, total: Int)
        /// One product's SKUs could not be loaded; the rest of the catalog still loads.
        case skusFailed(ProductID, title: String, message: String, done: Int, total: Int)
        /// The market's price sheet.
        case prices(PriceList)
        /// No prices (the sheet needs an App+User token, for example); the catalog works without them.
        case pricesFailed(String)
        /// The whole catalog as it was loaded before, from the local cache (no prices: those still come from the
        /// service). `refreshing`: it is older than `refreshAfter`, and a fresh load runs in the background.
        case cached(CatalogIndex, products: Int, fetchedAt: Date, refreshing: Bool)
        /// The background refresh of a cached catalog: the whole fresh catalog (stored in the cache too).
        case refreshed(CatalogIndex, products: Int)
        /// The background refresh failed or was incomplete; the cached catalog stands.
        case refreshFailed(String)
    }

    private let client: PartnerCenterClient
    /// How many products' SKUs are fetched at once (by a load and by a background refresh alike).
    public let concurrency: Int
    /// Where complete loads are kept and served from first; nil loads from the service every time.
    public let cache: CatalogCache?
    /// A cached catalog older than this is refreshed in the background after it is served.
    public let refreshAfter: TimeInterval

    /// - Parameters:
    ///   - concurrency: Products whose SKUs are fetched at once.
    ///   - cache: Serves catalogs loaded before (younger than its `maximumAge`) before asking the service.
    ///   - refreshAfter: Age in seconds past which a served cache entry is reloaded in the background.
    public init(client: PartnerCenterClient, concurrency: Int = 4, cache: CatalogCache? = nil, refreshAfter: TimeInterval = 300) {
        self.client = client
        self.concurrency = max(1, concurrency)
        self.cache = cache
        self.refreshAfter = refreshAfter
    }

    /// The `reservationScope` to use for a subscription: `AzurePlan` for Azure plans, none for MS-AZR-0145P.
    public static func reservationScope(for subscription: Subscription) -> ReservationScope? { subscription.kind.reservationScope }

    public static func reservationScope(for subscription: SubscriptionRow) -> ReservationScope? { subscription.kind.reservationScope }

    /// Streams the catalog of `country`. Fails only when the product list itself fails.
    ///
    /// A catalog in the cache is served at once as one ``Event/cached(_:products:fetchedAt:refreshing:)``;
    /// otherwise products and SKUs stream from the service, and the caller keeps a complete load with
    /// ``remember(_:productCount:country:view:scope:)``.
    /// - Parameters:
    ///   - country: Two-letter country code of the customer.
    ///   - view: Which reservation products (all, VM, SQL, Cosmos DB).
    ///   - scope: `.azurePlan` for Azure-plan subscriptions, nil for MS-AZR-0145P.
    ///   - includePrices: Whether to fetch the price sheet too.
    ///   - useCache: False loads from the service even when the cache has the catalog (a reload the user asked for).
    public func load(
        country: String, view: CatalogView, scope: ReservationScope?, includePrices: Bool = true, useCache: Bool = true
    ) -> AsyncThrowingStream<Event, any Error> {
        let key = CatalogCache.Key(country: country, view: view, scope: scope)
        // An entry that cannot be read (damaged, or of an older format) is a miss: the fresh load replaces it.
        if useCache, let cache, let entry = try? cache.entry(for: key), let index = try? entry.index() {
            return loadCached(index, entry: entry, key: key, cache: cache, includePrices: includePrices)
        }
        let client = self.client
        let limit = concurrency
        return BackpressuredStream.make { channel in
            // Both the catalog and the price sheet run to the end; a failed product list stops both.
            await withTaskGroup(of: Bool.self) { group in
                if includePrices {
                    group.addTask {
                        await Self.sendPrices(client: client, country: country, to: channel)
                        return true
                    }
                }
                group.addTask {
                    do {
                        let products = try await client.products.list(country: country, view: view, reservationScope: scope)
                        await channel.send(.products(products))
                        try await Self.loadSKUs(
                            products, client: client, country: country, scope: scope, limit: limit,
                            send: { await channel.send($0) })
                        return true
                    } catch {
                        channel.fail(error)
                        return false
                    }
                }
                for await succeeded in group where !succeeded { group.cancelAll() }
            }
        }
    }

    /// Keeps a complete load in the cache for the next open (nothing happens without a cache). Only the caller
    /// knows the load was complete: a partial one would hide products next time.
    public func remember(
        _ index: CatalogIndex, productCount: Int, country: String, view: CatalogView, scope: ReservationScope?
    ) throws {
        try cache?.store(index, productCount: productCount, for: CatalogCache.Key(country: country, view: view, scope: scope))
    }

    /// SKUs of a product shown before the rest of its list is decoded: a screenful and then some.
    static let firstBatch = 200
    /// SKUs handed over at a time after the first batch: each is decoded, sent and released before the next.
    static let batchSize = 4096

    /// Fetches every product's SKUs, at most `limit` requests at once (the client waits out 429s as the service's
    /// `Retry-After` says). Each product's SKUs are sent in batches as they decode (``Event/skuBatch(_:_:)``), the
    /// last batch as ``Event/skus(_:_:done:total:)``; `send` returning is what lets a task decode its next batch.
    private static func loadSKUs(
        _ products: [Product], client: PartnerCenterClient, country: String, scope: ReservationScope?, limit: Int,
        send: @escaping @Sendable (Event) async -> Void
    ) async throws {
        let total = products.count
        let finished = FinishedProducts()
        try await withThrowingTaskGroup(of: Void.self) { group in
            var next = 0
            var running = 0
            while next < products.count || running > 0 {
                while next < products.count, running < limit {
                    let product = products[next]
                    next += 1
                    running += 1
                    group.addTask {
                        do {
                            let last = try await client.products.byID(product.id).skus.listForCatalog(
                                country: country, reservationScope: scope, firstBatch: firstBatch, batchSize: batchSize,
                                onBatch: { await send(.skuBatch(SKUBatch(product: product, skus: $0))) })
                            await send(.skus(SKUBatch(product: product, skus: last), done: await finished.add(), total: total))
                        } catch {
                            guard !Task.isCancelled else { return }
                            await send(.skusFailed(product.id, title: product.title, message: FailureText.of(error), done: await finished.add(), total: total))
                        }
                    }
                }
                guard try await group.next() != nil else { break }
                running -= 1
                try Task.checkCancellation()
            }
        }
    }

    /// How many products have answered, counted across the tasks that fetch them.
    private actor FinishedProducts {
        private var count = 0

        func add() -> Int {
            count += 1
            return count
        }
    }

    /// Fetches the market's price sheet and sends it, or why it is unavailable; cached or not, prices come from the service.
    private static func sendPrices(
        client: PartnerCenterClient, country: String, to channel: AsyncThrowingChannel<Event, any Error>
    ) async {
        guard client.canReadPriceSheet else {
            // App-only sign-in: the price sheet takes App+User tokens only, so say so rather than leave a blank column.
            await channel.send(.pricesFailed(PriceSheetResource.userSignInMessage))
            return
        }
        do {
            let entries = try await client.priceSheet.reservations(market: country)
            if !Task.isCancelled { await channel.send(.prices(PriceList(entries))) }
        } catch {
            if !Task.isCancelled { await channel.send(.pricesFailed(FailureText.of(error))) }
        }
    }

    /// Serves a cached catalog, then the price sheet, and refreshes the entry in the background when it is older
    /// than ``refreshAfter`` (once at a time per key: a second open while one runs just serves the cache).
    private func loadCached(
        _ index: CatalogIndex, entry: CatalogCache.Entry, key: CatalogCache.Key, cache: CatalogCache, includePrices: Bool
    ) -> AsyncThrowingStream<Event, any Error> {
        let client = self.client
        let limit = concurrency
        let refreshing = entry.age > refreshAfter && cache.beginRefresh(key)
        return BackpressuredStream.make { channel in
            await channel.send(.cached(index, products: entry.productCount, fetchedAt: entry.fetchedAt, refreshing: refreshing))
            await withTaskGroup(of: Void.self) { group in
                if includePrices {
                    group.addTask { await Self.sendPrices(client: client, country: key.country, to: channel) }
                }
                if refreshing {
                    group.addTask(priority: .background) {
                        await Self.refresh(key, client: client, limit: limit, cache: cache, to: channel)
                    }
                }
            }
            if refreshing { cache.endRefresh(key) }
        }
    }

    /// Loads `key` afresh with the same bounded concurrency as a load, stores it when every product answered and
    /// sends it as ``Event/refreshed(_:products:)``; otherwise the cached entry stays and the stream says why.
    private static func refresh(
        _ key: CatalogCache.Key, client: PartnerCenterClient, limit: Int, cache: CatalogCache,
        to channel: AsyncThrowingChannel<Event, any Error>
    ) async {
        do {
            let products = try await client.products.list(country: key.country, view: key.view, reservationScope: key.scope)
            // The batches are gathered here, one at a time, while the loading tasks wait to send the next.
            let batches = BackpressuredStream.make { (inner: AsyncThrowingChannel<Event, any Error>) in
                do {
                    try await loadSKUs(
                        products, client: client, country: key.country, scope: key.scope, limit: limit,
                        send: { await inner.send($0) })
                } catch {
                    inner.fail(error)
                }
            }
            var index = CatalogIndex()
            var failures: [String] = []
            for try await event in batches {
                switch event {
                case .skuBatch(let batch), .skus(let batch, _, _): index.append(batch)
                case .skusFailed(_, let title, let message, _, _): failures.append("\(title): \(message)")
                default: break
                }
            }
            guard !Task.isCancelled else { return }
            if let first = failures.first {
                await channel.send(.refreshFailed("\(failures.count) of \(products.count) products did not answer (\(first))"))
                return
            }
            // A cache that cannot be written costs only the next open its speed; the fresh catalog is shown anyway.
            try? cache.store(index, productCount: products.count, for: key)
            await channel.send(.refreshed(index, products: products.count))
        } catch is CancellationError {
        } catch {
            if !Task.isCancelled { await channel.send(.refreshFailed(FailureText.of(error))) }
        }
    }

    /// A SKU's availabilities (catalog item IDs, terms, currency) for the customer's country and scope.
    public func availabilities(
        productID: ProductID, skuID: SKUID, country: String, scope: ReservationScope?
    ) async throws -> [Availability] {
        try await client.products.byID(productID).skus.byID(skuID).availabilities.list(
            country: country, reservationScope: scope)
    }

    /// `availabilities(productID:skuID:country:scope:)` as the screens show them.
    public func availabilityRows(
        productID: ProductID, skuID: SKUID, country: String, scope: ReservationScope?
    ) async throws -> [AvailabilityRow] {
        try await availabilities(productID: productID, skuID: skuID, country: country, scope: scope).map(AvailabilityRow.init)
    }

    /// `checkInventory(…)` as the screens show it.
    public func inventoryRows(
        productID: ProductID, skuID: SKUID, customerID: CustomerID, azureSubscriptionID: String?,
        armRegionName: String?, country: String
    ) async throws -> [InventoryRow] {
        try await checkInventory(
            productID: productID, skuID: skuID, customerID: customerID, azureSubscriptionID: azureSubscriptionID,
            armRegionName: armRegionName, country: country
        ).map(InventoryRow.init)
    }

    /// Checks a SKU's inventory for a customer's Azure subscription in the SKU's region.
    public func checkInventory(
        productID: ProductID, skuID: SKUID, customerID: CustomerID, azureSubscriptionID: String?,
        armRegionName: String?, country: String
    ) async throws -> [InventoryItem] {
        let request = InventoryCheckRequest(
            targetItems: [.init(productID: productID, skuID: skuID)], customerID: customerID,
            azureSubscriptionID: azureSubscriptionID, armRegionName: armRegionName)
        return try await client.extensions.checkInventory(request, country: country)
    }
}
