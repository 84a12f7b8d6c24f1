import Benchmark
import Foundation
import PartnerCenter
import ReservationsCore
import ReservationsTUI
import TerminalUI
import ScreenKit
import CatalogFeature

/// Opens a catalog the second time, from the SQLite cache a first load filled: a new `CatalogCache` over the same
/// file (as a second run of the program would), the loader's events through the reducer, and the first frame
/// that lists the cached SKUs rendered.
enum CacheProbe {
    struct Result {
        /// Milliseconds until the first frame that lists the cached SKUs (all of them are in the state then).
        var firstRows: Double
        var skuCount: Int
    }

    /// Where the time of a cached open goes: reading the entry, then reading the index from its bytes.
    static func attribute(cacheURL: URL) throws -> (read: Double, decode: Double, bytes: Int) {
        let start = ContinuousClock.now
        let cache = try CatalogCache(url: cacheURL)
        let key = CatalogCache.Key(country: BenchWorld.country, view: .azureReservations, scope: nil)
        guard let entry = try cache.entry(for: key) else { throw BenchError("no cache entry") }
        let read = Samples.milliseconds(since: start)
        let decodeStart = ContinuousClock.now
        let index = try entry.index()
        let decode = Samples.milliseconds(since: decodeStart)
        blackHole(index)
        return (read, decode, entry.archive.count)
    }

    static func open(world: BenchWorld, cacheURL: URL, customer: Customer, subscription: Subscription) async throws -> Result {
        let start = ContinuousClock.now
        let cache = try CatalogCache(url: cacheURL)
        let loader = CatalogLoader(client: world.client, cache: cache)
        var state = AppState(environment: AppEnvironment(), size: Size(width: 120, height: 40))
        let request = CatalogRequest(
            generation: 1, country: BenchWorld.country, view: .azureReservations,
            scope: CatalogLoader.reservationScope(for: subscription))
        var catalog = CatalogState(customerID: customer.id, customerName: customer.name, subscription: SubscriptionRow(subscription), request: request)
        catalog.load = .loading(loaded: 0, total: nil)
        state.catalog = catalog
        state.catalogGeneration = 1
        state.focus = .catalog
        var firstRows: Double?
        // Prices still come from the service; the SKUs are what the cache serves.
        for try await event in loader.load(country: request.country, view: request.view, scope: request.scope, includePrices: false) {
            _ = AppReducer.reduce(&state, BenchWorld.action(for: event))
            if case .cached = event, firstRows == nil {
                blackHole(AppView.render(state))
                firstRows = Samples.milliseconds(since: start)
            }
        }
        return Result(firstRows: firstRows ?? .infinity, skuCount: state.catalog?.index.count ?? 0)
    }
}
