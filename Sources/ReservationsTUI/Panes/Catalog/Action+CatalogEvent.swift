import Foundation
import ReservationsCore

extension Action {
    /// The action a catalog load's event becomes, for the load numbered `generation` (late events of an
    /// earlier load are recognised by it); `now` ages a cached catalog.
    public static func catalogEvent(_ event: CatalogLoader.Event, generation: Int, now: Date) -> Action {
        switch event {
        case .products(let products): .catalog(.catalogProductsLoaded(generation: generation, total: products.count))
        case .skuBatch(let batch): .catalog(.catalogSKUBatchLoaded(generation: generation, batch))
        case .skus(let batch, let done, let total):
            .catalog(.catalogSKUsLoaded(generation: generation, batch, done: done, total: total))
        case .skusFailed(_, let title, let message, let done, let total):
            .catalog(.catalogSKUsFailed(generation: generation, productTitle: title, message, done: done, total: total))
        case .prices(let entries): .catalog(.catalogPricesLoaded(generation: generation, entries))
        case .pricesFailed(let message): .catalog(.catalogPricesFailed(generation: generation, message))
        case .cached(let index, _, let fetchedAt, let refreshing):
            .catalog(.catalogCached(generation: generation, index, age: now.timeIntervalSince(fetchedAt), refreshing: refreshing))
        case .refreshed(let index, _): .catalog(.catalogRefreshed(generation: generation, index))
        case .refreshFailed(let message): .catalog(.catalogRefreshFailed(generation: generation, message))
        }
    }
}
