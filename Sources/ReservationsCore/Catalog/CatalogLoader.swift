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
        /// One product's SKUs; `done` of `total` products have answered.
        case skus(Product, [SKU], done: Int, total: Int)
        /// One product's SKUs could not be loaded; the rest of the catalog still loads.
        case skusFailed(Product, message: String, done: Int, total: Int)
        /// The market's price sheet.
        case prices([PriceSheetEntry])
        /// No prices (the sheet needs an App+User token, for example); the catalog works without them.
        case pricesFailed(String)
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
    public static func reservationScope(for subscription: Subscription) -> ReservationScope? {
        subscription.kind == .azurePlan ? .azurePlan : nil
    }

    /// Streams the catalog of `country`. Fails only when the product list itself fails.
    /// - Parameters:
    ///   - country: Two-letter country code of the customer.
    ///   - view: Which reservation products (all, VM, SQL, Cosmos DB).
    ///   - scope: `.azurePlan` for Azure-plan subscriptions, nil for MS-AZR-0145P.
    ///   - includePrices: Whether to fetch the price sheet too.
    public func load(
        country: String, view: CatalogView, scope: ReservationScope?, includePrices: Bool = true
    ) -> AsyncThrowingStream<Event, any Error> {
        let client = self.client
        let limit = concurrency
        let cache = self.cache
        let key = CatalogCache.Key(country: country, view: view, scope: scope)
        if let cache, let entry = try? cache.entry(for: key) {
            if entry.age() > refreshAfter { refreshInBackground(key, cache: cache) }
            return loadCached(entry, country: country, includePrices: includePrices)
        }
        return AsyncThrowingStream { continuation in
            let task = Task {
                // Both the catalog and the price sheet run to the end; a failed product list stops both.
                await withTaskGroup(of: Bool.self) { group in
                    if includePrices {
                        group.addTask {
                            await Self.yieldPrices(client: client, country: country, into: continuation)
                            return true
                        }
                    }
                    group.addTask {
                        do {
                            let products = try await client.products.list(
                                country: country, view: view, reservationScope: scope)
                            continuation.yield(.products(products))
                            let skus = try await Self.loadSKUs(
                                products, client: client, country: country, scope: scope, limit: limit,
                                report: { continuation.yield($0) })
                            // Only a complete catalog is kept: a partial one would hide products next time.
                            if let cache, !Task.isCancelled, skus.allSatisfy({ $0 != nil }) {
                                try? cache.store(products: products, skus: skus.map { $0 ?? [] }, for: key)
                            }
                            return true
                        } catch {
                            continuation.finish(throwing: error)
                            return false
                        }
                    }
                    for await succeeded in group where !succeeded { group.cancelAll() }
                }
                continuation.finish()
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    /// Fetches every product's SKUs, at most `limit` requests at once (the client waits out 429s as the service's
    /// `Retry-After` says). Returns the SKUs by product position, nil where a product failed.
    private static func loadSKUs(
        _ products: [Product], client: PartnerCenterClient, country: String, scope: ReservationScope?, limit: Int,
        report: (Event) -> Void
    ) async throws -> [[SKU]?] {
        let total = products.count
        var results = [[SKU]?](repeating: nil, count: total)
        try await withThrowingTaskGroup(of: (Int, Result<[SKU], any Error>).self) { group in
            var done = 0
            var next = 0
            while next < products.count || done < total {
                while next < products.count, next - done < limit {
                    let position = next
                    let product = products[position]
                    next += 1
                    group.addTask {
                        do {
                            let skus = try await client.products.byID(product.id).skus.list(
                                country: country, reservationScope: scope)
                            return (position, .success(skus))
                        } catch {
                            return (position, .failure(error))
                        }
                    }
                }
                guard let (position, result) = try await group.next() else { break }
                try Task.checkCancellation()
                done += 1
                switch result {
                case .success(let skus):
                    results[position] = skus
                    report(.skus(products[position], skus, done: done, total: total))
                case .failure(let error):
                    report(.skusFailed(products[position], message: message(error), done: done, total: total))
                }
            }
        }
        return results
    }

    /// Fetches the market's price sheet and yields it, or why it is unavailable; cached or not, prices come from the service.
    private static func yieldPrices(
        client: PartnerCenterClient, country: String, into continuation: AsyncThrowingStream<Event, any Error>.Continuation
    ) async {
        do {
            let entries = try await client.priceSheet.reservations(market: country)
            if !Task.isCancelled { continuation.yield(.prices(entries)) }
        } catch {
            if !Task.isCancelled { continuation.yield(.pricesFailed(Self.message(error))) }
        }
    }

    /// Streams a cached catalog product by product (the price sheet still comes from the service).
    private func loadCached(_ entry: CatalogCache.Entry, country: String, includePrices: Bool) -> AsyncThrowingStream<Event, any Error> {
        let client = self.client
        return AsyncThrowingStream { continuation in
            let task = Task {
                await withTaskGroup(of: Void.self) { group in
                    if includePrices {
                        group.addTask { await Self.yieldPrices(client: client, country: country, into: continuation) }
                    }
                    group.addTask {
                        continuation.yield(.products(entry.products))
                        let total = entry.products.count
                        // One event per stored chunk (a product's SKUs may come in several), so the first rows
                        // show before everything is decoded; `done` counts a product once its last chunk is out.
                        for (position, product) in entry.products.enumerated() {
                            let chunks = entry.chunkCount(at: position)
                            guard chunks > 0 else {
                                continuation.yield(.skusFailed(product, message: "not in the catalog cache", done: position + 1, total: total))
                                continue
                            }
                            for chunk in 0..<chunks {
                                guard !Task.isCancelled else { return }
                                let done = chunk == chunks - 1 ? position + 1 : position
                                do {
                                    continuation.yield(.skus(product, try entry.skus(at: position, chunk: chunk), done: done, total: total))
                                    // Decoding never suspends: without this, on a two-thread pool the consumer
                                    // saw the first chunk only after every chunk was decoded (seconds at 100k SKUs).
                                    await Task.yield()
                                } catch {
                                    continuation.yield(.skusFailed(product, message: Self.message(error), done: position + 1, total: total))
                                    break
                                }
                            }
                        }
                    }
                }
                continuation.finish()
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    /// Reloads `key` from the service into the cache, once at a time per key, with the same bounded concurrency
    /// as a load. Nothing is stored unless every product answered.
    @discardableResult
    public func refreshInBackground(_ key: CatalogCache.Key, cache: CatalogCache) -> Task<Void, Never>? {
        guard cache.beginRefresh(key) else { return nil }
        let client = self.client
        let limit = concurrency
        return Task(priority: .background) {
            defer { cache.endRefresh(key) }
            do {
                let products = try await client.products.list(country: key.country, view: key.view, reservationScope: key.scope)
                let skus = try await Self.loadSKUs(
                    products, client: client, country: key.country, scope: key.scope, limit: limit, report: { _ in })
                guard !Task.isCancelled, skus.allSatisfy({ $0 != nil }) else { return }
                try cache.store(products: products, skus: skus.map { $0 ?? [] }, for: key)
            } catch {
                // A failed refresh keeps the cached entry; the next open tries again.
            }
        }
    }

    /// A SKU's availabilities (catalog item IDs, terms, currency) for the customer's country and scope.
    public func availabilities(
        productID: ProductID, skuID: SKUID, country: String, scope: ReservationScope?
    ) async throws -> [Availability] {
        try await client.products.byID(productID).skus.byID(skuID).availabilities.list(
            country: country, reservationScope: scope)
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

    static func message(_ error: any Error) -> String {
        if let error = error as? PartnerCenterError { return error.summary }
        return String(describing: error)
    }
}
