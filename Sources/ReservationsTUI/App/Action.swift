import Foundation
import PartnerCenter
import ReservationsCore
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
    /// Part of one product's SKUs, as the loader decodes them; the product's last part is `catalogSKUsLoaded`.
    case catalogSKUBatchLoaded(generation: Int, Product, [SKU])
    case catalogSKUsLoaded(generation: Int, Product, [SKU], done: Int, total: Int)
    /// One product's SKUs failed; the rest still load.
    case catalogSKUsFailed(generation: Int, Product, String, done: Int, total: Int)
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
    case catalogPricesLoaded(generation: Int, [PriceSheetEntry])
    /// No price sheet; prices stay empty.
    case catalogPricesFailed(generation: Int, String)
    case availabilitiesLoaded(CatalogItemKey, [Availability])
    case availabilitiesFailed(CatalogItemKey, String)
    case inventoryChecked(CatalogItemKey, [InventoryItem])
    case inventoryCheckFailed(CatalogItemKey, String)
    /// The Azure subscriptions (entitlements) under an Azure plan.
    case azureEntitlementsLoaded(SubscriptionID, [AzureEntitlement])
    case registrationStatusLoaded(SubscriptionID, RegistrationStatus.State)
    case registrationStatusFailed(SubscriptionID, String)
    /// A registration the operator asked for reached `registered`.
    case registrationFinished(SubscriptionID)
    case registrationFailed(SubscriptionID, String)
    /// The saved cart draft at start: none, a draft, or a note that an unreadable file was moved aside.
    case cartDraftRestored(CartDraftStore.Loaded)
    /// Saving the draft failed; the draft stays in memory.
    case cartDraftSaveFailed(String)
    /// The remote preflight checks answered: every problem found (empty when all is well).
    case preflightFinished([String])
    case checkoutFinished(CheckoutReport)
    /// Earlier purchases of the same items for the customer within 24 hours, found before the summary.
    case duplicateWarnings([String])
    /// At start: confirmed checkouts the journal holds as unfinished.
    case unfinishedPurchasesFound([UnfinishedPurchase])
    /// At start: open carts and other profiles' entries, one sentence each (nothing to settle here).
    case journalNotes([String])
    /// What looking into the unfinished checkouts found (nothing was sent).
    case purchasesInspected([UnfinishedPurchase])
    /// The team ledger's health probe answered: nil when it can be used, else why not.
    case ledgerChecked(offlineReason: String?)
    /// The checkout's outcome is unknown (network, timeout); retrying is safe.
    case checkoutFailed(String, nothingSent: Bool = false)
    /// The journal refused to record the checkout: the same item was bought for the customer within 24 hours (one
    /// sentence each), e.g. by another operator after the summary was shown. Nothing was sent.
    case checkoutRefusedAsDuplicate([String])
    case ordersLoaded(CustomerID, [Order])
    /// Orders this host placed that the customer's order list does not show yet (read by ID).
    case unlistedOrdersFound(CustomerID, [UnlistedOrder])
    case ordersFailed(CustomerID, String)
    case orderProvisioningLoaded(OrderID, [ProvisioningStatus])
    case orderProvisioningFailed(OrderID, String)
    /// A customer's reservation entitlements, and the moment they were read (days left count from it).
    case reservationsLoaded(CustomerID, [Entitlement], now: Date)
    /// Renewal lines worked out for a customer (nothing sent), or why not.
    case renewalPlanned(CustomerID, customerName: String, country: String, RenewalPlanner.Plan)
    case renewalFailed(String)
    /// SKU names by `product:sku` (`Standard_D2s_v5 · US East`).
    case skuNamesLoaded([String: String])
    /// Orders this host placed whose entitlements the customer's list does not show yet (read by ID); all of
    /// them, so rows the service no longer reports go.
    case unlistedReservationsFound(CustomerID, [UnlistedOrder])
    case reservationsFailed(CustomerID, String)
    case reservationDetailsLoaded(Artifact, ReservationDetails)
    case reservationDetailsFailed(Artifact, String)
    /// What the expiry board's load numbered `generation` answered.
    case expiryBoard(ExpiryAction, generation: Int)
    /// The order's invoice-line search chose this many invoices to read.
    case orderInvoiceLinesChosen(OrderID, invoices: Int)
    /// One invoice was read; `matches` are its lines of the order.
    case orderInvoiceLinesSearched(OrderID, matches: [InvoiceLineItem], searched: Int, total: Int)
    case orderInvoiceLinesFinished(OrderID)
    case orderInvoiceLinesFailed(OrderID, String)
    case orderLoaded(CustomerID, Order)
    case orderLoadFailed(CustomerID, OrderID, String)
    /// What the billing screen's loads and exports answered.
    case billing(BillingAction)
}
