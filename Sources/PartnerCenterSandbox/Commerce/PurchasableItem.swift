import Foundation

/// What cart validation and checkout need to know about one catalog item, whatever the catalog's shape.
struct PurchasableItem: Sendable, Equatable {
    var catalogItemID: String
    var productID: String
    var skuID: String
    var availabilityID: String
    var productTitle: String
    var skuTitle: String
    var minimumQuantity: Int
    var maximumQuantity: Int
    /// ISO durations the availability offers (`P1Y`).
    var terms: [String]
    var provisioningVariables: [String]
    /// The SKU's `dynamicAttributes.duration` (`1Year`, `3Years`), which `provisioningContext.duration` must copy.
    var duration: String?
    var armRegionName: String?
    /// True for availabilities of the `reservationScope=AzurePlan` catalog.
    var isAzurePlan: Bool
    var currencyCode: String
    var currencySymbol: String
    /// The partner's price for one unit over the whole term.
    var unitPrice: Decimal
    /// `virtualmachines`, `sqldatabases`… for entitlements.
    var reservationType: String
    /// True when inventory for this SKU is not available in its region.
    var isInventoryRestricted: Bool
}

/// Looks catalog items up for the commerce routes.
protocol PurchasableCatalog: Sendable {
    /// The item behind a catalog item ID in a country's catalog, or nil when unknown or stale.
    func purchasableItem(catalogItemID: String, country: String) -> PurchasableItem?
}
