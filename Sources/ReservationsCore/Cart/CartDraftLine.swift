import Foundation
import PartnerCenter

/// One reservation the operator means to buy, as kept locally before a cart exists on the service.
///
/// It carries what the screen shows (titles, region, price) next to what the service needs, so a restored
/// draft reads the same after a restart without asking the catalog again.
public struct CartDraftLine: Codable, Equatable, Sendable, Identifiable {
    /// Line number within the draft, stable while the line exists.
    public var id: Int
    public var catalogItemID: CatalogItemID
    public var productID: ProductID
    public var skuID: SKUID
    /// `Standard_D2s_v5`, or the SKU title.
    public var skuName: String
    public var productTitle: String
    public var region: String?
    public var armRegionName: String?
    /// ISO 8601 term: `P1Y`, `P3Y`.
    public var termDuration: String
    public var billingCycle: BillingCycle
    public var quantity: Int
    public var minimumQuantity: Int?
    public var maximumQuantity: Int?
    public var scope: PurchaseScope
    /// The CSP subscription the reservation is bought against (also sent as `provisioningContext.subscriptionId`).
    public var subscriptionID: SubscriptionID
    public var subscriptionName: String
    public var friendlyName: String
    public var requiresInventoryCheck: Bool
    /// The kind of subscription the line's catalog was read for (an Azure-plan catalog with
    /// `reservationScope=AzurePlan`): only subscriptions of this kind can hold the reservation.
    /// Nil in drafts saved before it was kept.
    public var subscriptionKind: SubscriptionKind?
    /// Partner price per unit for the whole term, when the price sheet had one.
    public var unitPrice: Decimal?
    public var currencyCode: String?
    /// What the service said was wrong with this line at the last checkout, in plain words.
    public var problem: String?
    /// The reservation this line renews, when it came from the expiry board or the reservations pane.
    public var renewal: RenewalSource?

    public init(
        id: Int, catalogItemID: CatalogItemID, productID: ProductID, skuID: SKUID, skuName: String, productTitle: String,
        region: String?, armRegionName: String?, termDuration: String, billingCycle: BillingCycle = .oneTime, quantity: Int,
        minimumQuantity: Int?, maximumQuantity: Int?, scope: PurchaseScope, subscriptionID: SubscriptionID,
        subscriptionName: String, friendlyName: String, requiresInventoryCheck: Bool, unitPrice: Decimal?, currencyCode: String?,
        subscriptionKind: SubscriptionKind? = nil
    ) {
        self.id = id
        self.catalogItemID = catalogItemID
        self.productID = productID
        self.skuID = skuID
        self.skuName = skuName
        self.productTitle = productTitle
        self.region = region
        self.armRegionName = armRegionName
        self.termDuration = termDuration
        self.billingCycle = billingCycle
        self.quantity = quantity
        self.minimumQuantity = minimumQuantity
        self.maximumQuantity = maximumQuantity
        self.scope = scope
        self.subscriptionID = subscriptionID
        self.subscriptionName = subscriptionName
        self.friendlyName = friendlyName
        self.requiresInventoryCheck = requiresInventoryCheck
        self.unitPrice = unitPrice
        self.currencyCode = currencyCode
        self.subscriptionKind = subscriptionKind
    }

    /// Price of the line (unit price × quantity), when the unit price is known.
    public var total: Decimal? { unitPrice.map { $0 * Decimal(quantity) } }

    /// The line as the purchase service buys it; `provisioningContext.subscriptionId` is the CSP subscription
    /// ID for both kinds of subscription (the reference leaves the Azure-plan case UNCONFIRMED; see README).
    public var purchaseLine: PurchaseLine {
        PurchaseLine(
            catalogItemID: catalogItemID, productID: productID, skuID: skuID, quantity: quantity, termDuration: termDuration,
            billingCycle: billingCycle, scope: scope, subscriptionID: subscriptionID, friendlyName: friendlyName.isEmpty ? nil : friendlyName)
    }
}
