import ScreenKit
import Foundation
import Vocabulary
import ReservationsCore

/// The catalog's loads, cache and checks, carried as `Effect.catalog(_:)` and run by ``CatalogEffects``.
public enum CatalogEffect: Equatable, Sendable {
    /// Load a country's catalog (products, SKUs a few products at a time, price sheet), replacing any running load.
    case loadCatalog(CatalogRequest)
    /// Stop a running catalog load.
    case cancelCatalogLoad
    /// Keep a complete catalog load in the local cache, so the next open of it is served from there.
    case rememberCatalog(CatalogRequest, CatalogIndex, products: Int)
    /// Give the memory a finished catalog load freed (decoded pages, a replaced index) back to the system.
    case releaseFreeMemory
    /// Fetch one SKU's availabilities.
    case loadAvailabilities(CatalogItemKey, country: String, scope: ReservationScope?)
    /// Check one SKU's inventory for the customer's Azure subscription in the SKU's region.
    case checkInventory(CatalogItemKey, customerID: CustomerID, azureSubscriptionID: String?, armRegionName: String?,
                        country: String)
}
