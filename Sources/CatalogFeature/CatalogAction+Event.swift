import Foundation
import ReservationsCore

extension CatalogAction {
    /// The answer a catalog load's event becomes, for the load numbered `generation` (late events of an
    /// earlier load are recognised by it); `now` ages a cached catalog.
    public static func event(_ event: CatalogLoader.Event, generation: Int, now: Date) -> CatalogAction {
        switch event {
        case .products(let products): .catalogProductsLoaded(generation: generation, total: products.count)
        case .skuBatch(let batch): .catalogSKUBatchLoaded(generation: generation, batch)
        case .skus(let batch, let done, let total):
            .catalogSKUsLoaded(generation: generation, batch, done: done, total: total)
        case .skusFailed(_, let title, let message, let done, let total):
            .catalogSKUsFailed(generation: generation, productTitle: title, message, done: done, total: total)
        case .prices(let entries): .catalogPricesLoaded(generation: generation, entries)
        case .pricesFailed(let message): .catalogPricesFailed(generation: generation, message)
        case .cached(let index, _, let fetchedAt, let refreshing):
            .catalogCached(generation: generation, index, age: now.timeIntervalSince(fetchedAt), refreshing: refreshing)
        case .refreshed(let index, _): .catalogRefreshed(generation: generation, index)
        case .refreshFailed(let message): .catalogRefreshFailed(generation: generation, message)
        }
    }
}
