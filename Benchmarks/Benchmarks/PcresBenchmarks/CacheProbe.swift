import Benchmark
import Foundation
import PartnerCenter
import ReservationsCore
import ReservationsTUI
import TerminalUI

/// Opens a catalog the second time, from the SQLite cache a first load filled: a new `CatalogCache` over the same
/// file (as a second run of the program would), the loader's events through the reducer, a frame rendered after
/// the first SKUs and after the last.
enum CacheProbe {
    struct Result {
        /// Milliseconds until the first frame that lists SKUs.
        var firstRows: Double
        /// Milliseconds until every SKU is in the state and on screen.
        var allRows: Double
        var skuCount: Int
        /// Milliseconds to open the cache file and read the entry (every chunk's bytes), measured separately.
        var readEntry: Double = 0
        /// Milliseconds to decode the first chunk of SKUs, measured separately.
        var decodeFirstChunk: Double = 0
        /// Bytes of encoded SKUs in the entry.
        var encodedBytes: Int = 0
    }

    /// Where the time of a cached open goes: reading the entry, then decoding one chunk.
    static func attribute(cacheURL: URL) throws -> (read: Double, decode: Double, bytes: Int) {
        let start = ContinuousClock.now
        let cache = try CatalogCache(url: cacheURL)
        let key = CatalogCache.Key(country: BenchWorld.country, view: .azureReservations, scope: nil)
        guard let entry = try cache.entry(for: key) else { throw BenchError("no cache entry") }
        let read = Samples.milliseconds(since: start)
        let decodeStart = ContinuousClock.now
        let first = try entry.skus(at: 0, chunk: 0)
        let decode = Samples.milliseconds(since: decodeStart)
        blackHole(first)
        return (read, decode, entry.encodedByteCount)
    }

    static func open(world: BenchWorld, cacheURL: URL, customer: Customer, subscription: Subscription) async throws -> Result {
        let start = ContinuousClock.now
        let cache = try CatalogCache(url: cacheURL)
        let loader = CatalogLoader(client: world.client, cache: cache)
        var state = AppState(environment: AppEnvironment(), size: Size(width: 120, height: 40))
        let request = CatalogRequest(
            generation: 1, country: BenchWorld.country, view: .azureReservations,
            scope: CatalogLoader.reservationScope(for: subscription))
        var catalog = CatalogState(customerID: customer.id, customerName: customer.name, subscription: subscription, request: request)
        catalog.load = .loading(loaded: 0, total: nil)
        state.catalog = catalog
        state.catalogGeneration = 1
        state.focus = .catalog
        var firstRows: Double?
        var allRows = 0.0
        // Prices still come from the service; the SKUs are what the cache serves.
        for try await event in loader.load(country: request.country, view: request.view, scope: request.scope, includePrices: false) {
            _ = AppReducer.reduce(&state, BenchWorld.action(for: event))
            if case .skus(_, _, let done, let total) = event {
                if firstRows == nil {
                    blackHole(AppView.render(state))
                    firstRows = Samples.milliseconds(since: start)
                }
                if done == total {
                    blackHole(AppView.render(state))
                    allRows = Samples.milliseconds(since: start)
                }
            }
        }
        return Result(firstRows: firstRows ?? .infinity, allRows: allRows, skuCount: state.catalog?.index.count ?? 0)
    }
}
