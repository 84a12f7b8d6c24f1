import ScreenKit
import Foundation
import ReservationsCore

/// What a catalog load, an availability read and an inventory check answer, carried as `Action.catalog(_:)`.
public enum CatalogAction: Equatable, Sendable {
    /// A catalog load's product list arrived (`generation` names the load).
    case catalogProductsLoaded(generation: Int, total: Int)
    /// One product's SKUs arrived; `done` of `total` products have answered.
    /// Part of one product's SKUs, as the loader decodes them; the product's last part is `catalogSKUsLoaded`.
    case catalogSKUBatchLoaded(generation: Int, SKUBatch)
    case catalogSKUsLoaded(generation: Int, SKUBatch, done: Int, total: Int)
    /// One product's SKUs failed (the product's title, why); the rest still load.
    case catalogSKUsFailed(generation: Int, productTitle: String, String, done: Int, total: Int)
    /// Every product answered.
    case catalogFinished(generation: Int)
    /// The product list failed.
    case catalogFailed(generation: Int, String)
    /// The whole catalog from the local cache, fetched `age` seconds ago; `refreshing`: a fresh load runs behind it.
    case catalogCached(generation: Int, CatalogIndex, age: TimeInterval, refreshing: Bool)
    /// The background refresh of a cached catalog brought the whole fresh catalog.
    case catalogRefreshed(generation: Int, CatalogIndex)
    /// The background refresh failed; the cached catalog stays.
    case catalogRefreshFailed(generation: Int, String)
    case catalogPricesLoaded(generation: Int, PriceList)
    /// No price sheet; prices stay empty.
    case catalogPricesFailed(generation: Int, String)
    case availabilitiesLoaded(CatalogItemKey, [AvailabilityRow])
    case availabilitiesFailed(CatalogItemKey, String)
    case inventoryChecked(CatalogItemKey, [InventoryRow])
    case inventoryCheckFailed(CatalogItemKey, String)
}
