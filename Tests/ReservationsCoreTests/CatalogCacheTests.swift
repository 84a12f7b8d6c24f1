import Foundation
import PartnerCenter
import ReservationsCore
import Testing

/// A clock the tests move by hand.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current = Date(timeIntervalSince1970: 1_800_000_000)
    var now: Date { lock.withLock { current } }
    func advance(_ seconds: TimeInterval) { lock.withLock { current += seconds } }
}

struct CatalogCacheTests {
    static func loader(_ transport: CatalogTransport, cache: CatalogCache, refreshAfter: TimeInterval = 300) -> CatalogLoader {
        CatalogLoader(
            client: PartnerCenterClient(
                configuration: PartnerCenterConfiguration(endpoint: URL(string: "https://pc.example.test")!),
                transport: transport, tokenProvider: StaticTokenProvider("t")),
            concurrency: 2, cache: cache, refreshAfter: refreshAfter)
    }

    static func skuCount(_ loader: CatalogLoader, view: CatalogView = .azureReservations) async throws -> Int {
        var count = 0
        for try await event in loader.load(country: "US", view: view, scope: nil, includePrices: false) {
            if case .skus(_, let skus, _, _) = event { count += skus.count }
        }
        return count
    }

    static func skuRequests(_ transport: CatalogTransport) -> Int {
        transport.recorder.snapshot.queries.filter { !$0.contains("targetView") }.count
    }

    @Test("a stored catalog reads back product by product, with its age; an old one is not served")
    func roundTrip() throws {
        let clock = TestClock()
        let cache = try CatalogCache(url: nil, maximumAge: 3600, now: { clock.now })
        let key = CatalogCache.Key(country: "us", view: .azureReservationsVM, scope: .azurePlan)
        let products = [Product(id: "P1", title: "One"), Product(id: "P2", title: "Two")]
        let skus = [[SKU(id: "S1", productID: "P1", title: "SKU 1")], [SKU(id: "S2", productID: "P2", title: "SKU 2")]]
        try cache.store(products: products, skus: skus, for: key)
        clock.advance(60)
        let entry = try #require(try cache.entry(for: CatalogCache.Key(country: "US", view: .azureReservationsVM, scope: .azurePlan)))
        #expect(entry.products.map(\.id.rawValue) == ["P1", "P2"])
        #expect(try entry.skus(at: 1)?.map(\.id.rawValue) == ["S2"])
        #expect(entry.age(now: clock.now) == 60)
        #expect(try cache.entry(for: CatalogCache.Key(country: "US", view: .azureReservationsVM, scope: nil)) == nil, "scope is part of the key")
        #expect(try cache.entry(for: CatalogCache.Key(country: "US", view: .azureReservations, scope: .azurePlan)) == nil, "so is the view")
        clock.advance(3600)
        #expect(try cache.entry(for: key) == nil, "older than maximumAge")
    }

    @Test("the second load of a catalog is served from the SQLite file without asking for SKUs")
    func secondLoadFromCache() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pcres-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("catalog-cache.sqlite")
        let transport = CatalogTransport()
        #expect(try await Self.skuCount(Self.loader(transport, cache: try CatalogCache(url: url))) == 6)
        let requestsAfterFirst = Self.skuRequests(transport)
        #expect(requestsAfterFirst == 3)
        // A new cache over the same file: what a second run of the program sees.
        #expect(try await Self.skuCount(Self.loader(transport, cache: try CatalogCache(url: url))) == 6)
        #expect(Self.skuRequests(transport) == requestsAfterFirst, "no SKU request the second time")
    }

    @Test("a large product is served in chunks; progress counts it once, after its last chunk")
    func chunkedProduct() async throws {
        let cache = try CatalogCache(url: nil)
        let count = CatalogCache.chunkSize * 2 + 10
        let skus = (0..<count).map { SKU(id: SKUID("S\($0)"), productID: "P1", title: "SKU \($0)") }
        try cache.store(
            products: [Product(id: "P1", title: "One"), Product(id: "P2", title: "Two")],
            skus: [skus, [SKU(id: "T1", productID: "P2", title: "Other")]],
            for: CatalogCache.Key(country: "US", view: .azureReservations, scope: nil))
        let transport = CatalogTransport()
        var progress: [(Int, Int)] = []
        var ids: [String] = []
        for try await event in Self.loader(transport, cache: cache).load(country: "US", view: .azureReservations, scope: nil, includePrices: false) {
            if case .skus(_, let batch, let done, _) = event {
                progress.append((batch.count, done))
                ids += batch.map(\.id.rawValue)
            }
        }
        #expect(progress.map(\.0) == [CatalogCache.chunkSize, CatalogCache.chunkSize, 10, 1])
        #expect(progress.map(\.1) == [0, 0, 1, 2])
        #expect(ids == skus.map(\.id.rawValue) + ["T1"], "every SKU once, in order")
        #expect(transport.recorder.snapshot.queries.isEmpty, "nothing asked of the service")
    }

    @Test("a partly failed load is not stored")
    func partialLoadNotStored() async throws {
        var transport = CatalogTransport()
        transport.failingProduct = "P2"
        let cache = try CatalogCache(url: nil)
        #expect(try await Self.skuCount(Self.loader(transport, cache: cache)) == 4)
        #expect(try cache.entry(for: CatalogCache.Key(country: "US", view: .azureReservations, scope: nil)) == nil)
    }

    @Test("an entry past refreshAfter is served, then refreshed in the background once at a time")
    func backgroundRefresh() async throws {
        let clock = TestClock()
        let cache = try CatalogCache(url: nil, maximumAge: 86_400, now: { clock.now })
        let transport = CatalogTransport()
        let loader = Self.loader(transport, cache: cache, refreshAfter: 300)
        let key = CatalogCache.Key(country: "US", view: .azureReservations, scope: nil)
        #expect(try await Self.skuCount(loader) == 6)
        let stored = try #require(try cache.entry(for: key)).fetchedAt
        clock.advance(600)
        let refresh = try #require(loader.refreshInBackground(key, cache: cache))
        #expect(loader.refreshInBackground(key, cache: cache) == nil, "one refresh per key at a time")
        await refresh.value
        let refreshed = try #require(try cache.entry(for: key)).fetchedAt
        #expect(refreshed > stored)
        #expect(transport.recorder.snapshot.peak <= 2, "the refresh keeps to the loader's concurrency")
    }
}
