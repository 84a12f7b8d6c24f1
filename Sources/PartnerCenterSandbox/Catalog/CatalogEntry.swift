import Foundation
import PartnerCenter

/// What a catalog item ID stands for in one country, as `SandboxCatalog.resolve(catalogItemID:country:)`
/// finds it: for cart validation and order creation.
public struct CatalogEntry: Sendable, Hashable {
    public var product: Product
    public var sku: SKU
    public var availability: Availability
    /// True when the availability is the Azure-plan one (`reservationScope=AzurePlan`); false for MS-AZR-0145P.
    public var isAzurePlan: Bool
    /// The partner price of one unit for the availability's term, in `currency` (the price sheet's value).
    public var unitPrice: Decimal
    public var currency: CurrencyInfo
    /// True when the SKU requires an inventory check and is restricted in its region (no inventory:
    /// cart error `InventoryNotAvailable` / HTTP 800010).
    public var isRestricted: Bool

    /// The scope the availability belongs to: `.azurePlan`, or nil for MS-AZR-0145P.
    public var reservationScope: ReservationScope? { isAzurePlan ? .azurePlan : nil }
    /// The availability's single term, e.g. `P1Y`.
    public var termDuration: String { availability.terms.first?.duration ?? "" }
}
