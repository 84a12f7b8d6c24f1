import Foundation
import PartnerCenter
import Testing

@testable import ReservationsCore

/// A clock the tests move by hand.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current = Date(timeIntervalSince1970: 1_800_000_000)
    var now: Date { lock.withLock { current } }
    func advance(_ seconds: TimeInterval) { lock.withLock { current += seconds } }
}

struct CatalogCacheTests {
    static let key = CatalogCache.Key(country: "US", view: .azureReservations, scope: nil)

    static func loader(_ transport: CatalogTransport, cache: CatalogCache, refreshAfter: TimeInterval = 300) -> CatalogLoader {
        CatalogLoader(
            client: PartnerCenterClient(
                configuration: PartnerCenterConfiguration(endpoint: URL(string: "https://pc.example.test")!),
                transport: transport, tokenProvider: StaticTokenProvider("t")),
            concurrency: 2, cache: cache, refreshAfter: refreshAfter)
    }

    /// What the interface does with a load: rows from SKU events or a cached index, and a complete fresh load
    /// remembered. Returns the events and the rows.
    @discardableResult
    static func open(_ loader: CatalogLoader, useCache: Bool = true) async throws -> (events: [CatalogLoader.Event], index: CatalogIndex) {
        var events: [CatalogLoader.Event] = []
        var index = CatalogIndex()
        var products = 0
        var failed = false
        for try await event in loader.load(country: "US", view: .azureReservations, scope: nil, includePrices: false, useCache: useCache) {
            events.append(event)
            switch event {
            case .products(let list): products = list.count
            case .skus(let batch, _, _): index.append(product: batch.product, skus: batch.skus)
            case .skusFailed: failed = true
            case .cached(let cached, _, _, _), .refreshed(let cached, _): index = cached
            default: break
            }
        }
        if !failed, events.contains(where: { if case .products = $0 { true } else { false } }) {
            try loader.remember(index, productCount: products, country: "US", view: .azureReservations, scope: nil)
        }
        return (events, index)
    }

    static func skuRequests(_ transport: CatalogTransport) -> Int {
        transport.recorder.snapshot.queries.filter { !$0.contains("targetView") }.count
    }

    static func cachedEvent(_ events: [CatalogLoader.Event]) -> (index: CatalogIndex, products: Int, refreshing: Bool)? {
        for case .cached(let index, let products, _, let refreshing) in events { return (index, products, refreshing) }
        return nil
    }

    @Test("a stored catalog reads back whole, with its age and product count; an old one is not served")
    func roundTrip() throws {
        let clock = TestClock()
        let cache = try CatalogCache(url: nil, maximumAge: 3600, now: { clock.now })
        let key = CatalogCache.Key(country: "us", view: .azureReservationsVM, scope: .azurePlan)
        try cache.store(CatalogIndexArchiveTests.index, productCount: 3, for: key)
        clock.advance(60)
        let entry = try #require(try cache.entry(for: CatalogCache.Key(country: "US", view: .azureReservationsVM, scope: .azurePlan)))
        #expect(Array(try entry.index().rows) == Array(CatalogIndexArchiveTests.index.rows))
        #expect(entry.productCount == 3)
        #expect(entry.age == 60)
        #expect(try cache.entry(for: CatalogCache.Key(country: "US", view: .azureReservationsVM, scope: nil)) == nil, "scope is part of the key")
        #expect(try cache.entry(for: CatalogCache.Key(country: "US", view: .azureReservations, scope: .azurePlan)) == nil, "so is the view")
        clock.advance(3600)
        #expect(try cache.entry(for: key) == nil, "older than maximumAge")
    }

    @Test("the second open of a catalog is served from the SQLite file at once, without asking for SKUs")
    func secondLoadFromCache() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pcres-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("catalog-cache.sqlite")
        let transport = CatalogTransport()
        let first = try await Self.open(Self.loader(transport, cache: try CatalogCache(url: url)))
        #expect(first.index.count == 6)
        #expect(Self.cachedEvent(first.events) == nil, "nothing cached yet")
        let requestsAfterFirst = Self.skuRequests(transport)
        #expect(requestsAfterFirst == 3)
        // A new cache over the same file: what a second run of the program sees.
        let second = try await Self.open(Self.loader(transport, cache: try CatalogCache(url: url)))
        let cached = try #require(Self.cachedEvent(second.events))
        #expect(Array(cached.index.rows) == Array(first.index.rows))
        #expect(cached.products == 3)
        #expect(!cached.refreshing, "younger than refreshAfter")
        #expect(Self.skuRequests(transport) == requestsAfterFirst, "no SKU request the second time")
        #expect(!second.events.contains { if case .skus = $0 { true } else { false } })
    }

    @Test("useCache: false (a reload the user asked for) goes to the service even with an entry")
    func reloadBypassesCache() async throws {
        let transport = CatalogTransport()
        let loader = Self.loader(transport, cache: try CatalogCache(url: nil))
        try await Self.open(loader)
        let reload = try await Self.open(loader, useCache: false)
        #expect(Self.cachedEvent(reload.events) == nil)
        #expect(reload.index.count == 6)
        #expect(Self.skuRequests(transport) == 6, "three SKU requests per load")
    }

    @Test("an entry that cannot be read (damaged, or an older format) is a miss, loaded afresh and replaced")
    func damagedEntryIsAMiss() async throws {
        let cache = try CatalogCache(url: nil)
        try cache.store(archive: Data("not a catalog".utf8), productCount: 3, for: Self.key)
        let transport = CatalogTransport()
        let loader = Self.loader(transport, cache: cache)
        let opened = try await Self.open(loader)
        #expect(Self.cachedEvent(opened.events) == nil)
        #expect(opened.index.count == 6)
        #expect(try cache.entry(for: Self.key)?.index().count == 6, "the fresh load replaced it")
    }

    @Test("an entry past refreshAfter is served, then refreshed in the background, one refresh per catalog at a time")
    func backgroundRefresh() async throws {
        let clock = TestClock()
        let cache = try CatalogCache(url: nil, maximumAge: 86_400, now: { clock.now })
        let transport = CatalogTransport()
        let loader = Self.loader(transport, cache: cache, refreshAfter: 300)
        try await Self.open(loader)
        let stored = try #require(try cache.entry(for: Self.key)).fetchedAt
        clock.advance(600)
        let requestsBefore = Self.skuRequests(transport)
        // The first open claims the refresh as it starts; a second open while it runs only serves the cache.
        let refreshing = loader.load(country: "US", view: .azureReservations, scope: nil, includePrices: false)
        let meanwhile = try await Self.open(loader)
        #expect(Self.cachedEvent(meanwhile.events)?.refreshing == false)
        var events: [CatalogLoader.Event] = []
        for try await event in refreshing { events.append(event) }
        #expect(Self.cachedEvent(events)?.refreshing == true)
        guard case .refreshed(let fresh, let products)? = events.last else {
            Issue.record("no refreshed event in \(events)")
            return
        }
        #expect(fresh.count == 6)
        #expect(products == 3)
        #expect(try #require(try cache.entry(for: Self.key)).fetchedAt > stored)
        #expect(Self.skuRequests(transport) == requestsBefore + 3)
        #expect(transport.recorder.snapshot.peak <= 2, "the refresh keeps to the loader's concurrency")
        clock.advance(60)
        #expect(Self.cachedEvent(try await Self.open(loader).events)?.refreshing == false, "fresh again: no refresh")
    }

    @Test("a refresh with a product failing keeps the cached entry and says why")
    func failedRefreshKeepsEntry() async throws {
        let clock = TestClock()
        let cache = try CatalogCache(url: nil, maximumAge: 86_400, now: { clock.now })
        try await Self.open(Self.loader(CatalogTransport(), cache: cache))
        let stored = try #require(try cache.entry(for: Self.key)).fetchedAt
        clock.advance(600)
        var failing = CatalogTransport()
        failing.failingProduct = "P2"
        let opened = try await Self.open(Self.loader(failing, cache: cache))
        #expect(Self.cachedEvent(opened.events)?.refreshing == true)
        guard case .refreshFailed(let message)? = opened.events.last else {
            Issue.record("no refreshFailed event in \(opened.events)")
            return
        }
        #expect(message.contains("1 of 3 products"))
        #expect(try cache.entry(for: Self.key)?.fetchedAt == stored)
    }
}
