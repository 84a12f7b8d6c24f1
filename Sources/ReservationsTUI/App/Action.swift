import PartnerCenter
import TerminalUI

/// What reaches the reducer: input, and the results of effects (named in the past tense).
public enum Action: Equatable, Sendable {
    /// The run loop started; kicks off the first loads.
    case started
    case keyPressed(KeyChord)
    case resized(Size)
    case customersPageLoaded([Customer], loaded: Int, total: Int?, isComplete: Bool)
    case customersFailed(String)
    case customerDetailLoaded(Customer)
    case customerDetailFailed(CustomerID, String)
    case subscriptionsLoaded(CustomerID, [Subscription])
    case subscriptionsFailed(CustomerID, String)
    /// A catalog load's product list arrived (`generation` names the load).
    case catalogProductsLoaded(generation: Int, total: Int)
    /// One product's SKUs arrived; `done` of `total` products have answered.
    case catalogSKUsLoaded(generation: Int, Product, [SKU], done: Int, total: Int)
    /// One product's SKUs failed; the rest still load.
    case catalogSKUsFailed(generation: Int, Product, String, done: Int, total: Int)
    /// Every product answered.
    case catalogFinished(generation: Int)
    /// The product list failed.
    case catalogFailed(generation: Int, String)
    case catalogPricesLoaded(generation: Int, [PriceSheetEntry])
    /// No price sheet; prices stay empty.
    case catalogPricesFailed(generation: Int, String)
    case availabilitiesLoaded(CatalogItemKey, [Availability])
    case availabilitiesFailed(CatalogItemKey, String)
    case inventoryChecked(CatalogItemKey, [InventoryItem])
    case inventoryCheckFailed(CatalogItemKey, String)
}
