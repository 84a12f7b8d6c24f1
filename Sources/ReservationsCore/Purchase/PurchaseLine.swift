import PartnerCenter

/// One reservation to buy: which catalog item, how many, for which term, scope and subscription.
///
/// The line keeps the CSP subscription (whose registration for reservations is checked) apart from an Azure
/// subscription ID given for it (used by the inventory check, and sent for an MS-AZR-0145P line).
public struct PurchaseLine: Codable, Hashable, Sendable {
    /// `Availability.catalogItemID` (`product:sku:availability`), fetched near purchase time.
    public var catalogItemID: CatalogItemID
    /// The product, when known; otherwise read from `catalogItemID`.
    public var productID: ProductID?
    /// The SKU, when known; otherwise read from `catalogItemID`.
    public var skuID: SKUID?
    public var quantity: Int
    /// ISO 8601 term: `P1Y` or `P3Y`.
    public var termDuration: String
    /// `one_time` for reservations.
    public var billingCycle: BillingCycle
    public var scope: PurchaseScope
    /// The CSP subscription the reservation is bought under (registration is checked on it).
    public var subscriptionID: SubscriptionID
    /// The Azure subscription ID for `provisioningContext.subscriptionId` of an MS-AZR-0145P line, and for the
    /// inventory check; nil means `subscriptionID`. An Azure plan line is bought on the plan's own ID (notes-2 §4).
    public var azureSubscriptionID: String?
    /// A label that shows up as the order line's and reservation's name.
    public var friendlyName: String?

    public init(
        catalogItemID: CatalogItemID, productID: ProductID? = nil, skuID: SKUID? = nil, quantity: Int, termDuration: String,
        billingCycle: BillingCycle = .oneTime, scope: PurchaseScope, subscriptionID: SubscriptionID,
        azureSubscriptionID: String? = nil, friendlyName: String? = nil
    ) {
        self.catalogItemID = catalogItemID
        self.productID = productID ?? catalogItemID.productID
        self.skuID = skuID ?? catalogItemID.skuID
        self.quantity = quantity
        self.termDuration = termDuration
        self.billingCycle = billingCycle
        self.scope = scope
        self.subscriptionID = subscriptionID
        self.azureSubscriptionID = azureSubscriptionID
        self.friendlyName = friendlyName
    }

    /// The subscription ID that goes into the cart line.
    public var provisioningSubscriptionID: String { azureSubscriptionID ?? subscriptionID.rawValue }

    /// The SKU `duration` attribute for the term (`P1Y` → `1Year`, `P3Y` → `3Years`), or nil for another spelling.
    public var skuDuration: String? {
        guard termDuration.hasPrefix("P"), termDuration.hasSuffix("Y"),
            let years = Int(termDuration.dropFirst().dropLast()), years > 0
        else { return nil }
        return years == 1 ? "1Year" : "\(years)Years"
    }

    /// The cart line the service is sent, numbered `index`. `provisioning` (read from the service just before)
    /// decides the context: an Azure plan line names the plan's own subscription, and `duration` goes only to a
    /// SKU that lists it, copied from the SKU (or, when the SKU has no `duration` attribute, derived from the term).
    public func cartLineItem(index: Int, provisioning: LineProvisioning) -> CartLineItem {
        let isAzurePlan = provisioning.subscriptionKind == .azurePlan
        var context = ["subscriptionId": isAzurePlan ? subscriptionID.rawValue : provisioningSubscriptionID, "scope": scope.rawValue]
        if provisioning.asksForDuration, let duration = provisioning.duration ?? skuDuration { context["duration"] = duration }
        return CartLineItem(
            id: index, catalogItemID: catalogItemID, quantity: quantity, billingCycle: billingCycle, termDuration: termDuration,
            friendlyName: friendlyName, provisioningContext: context)
    }

    /// One line for audit records and messages: `2 × PRODUCT:SKU:AVAIL P1Y shared on SUBSCRIPTION "name"`.
    public var summary: String {
        let name = friendlyName.map { " \"\($0)\"" } ?? ""
        return "\(quantity) × \(catalogItemID.rawValue) \(termDuration) \(scope.rawValue) on \(subscriptionID.rawValue)\(name)"
    }
}
