import Foundation
import PartnerCenter

// MARK: - Wire resources

extension SandboxCatalog {
    /// `?country=US`, plus `&reservationScope=AzurePlan` for the Azure-plan scope: the query of every link.
    static func linkQuery(country: String, scope: ReservationScope?) -> String {
        "?country=\(country)" + (scope.map { "&reservationScope=\($0.wireName)" } ?? "")
    }

    func wireProduct(_ record: CatalogProductRecord, country: String, scope: ReservationScope?) -> Product {
        let family = record.family
        let path = "/products/\(record.id)"
        let query = Self.linkQuery(country: country, scope: scope)
        return Product(
            id: ProductID(record.id), title: family.title, description: family.description,
            productType: ItemType(
                id: "Azure", displayName: "Azure",
                subType: ItemType(id: family.subType, displayName: family.subTypeDisplayName)),
            links: CatalogLinks(selfLink: Link(uri: path + query), skus: Link(uri: path + "/skus" + query)))
    }

    func wireSKU(_ product: CatalogProductRecord, _ record: CatalogSKURecord, country: String, scope: ReservationScope?) -> SKU {
        let family = product.family
        let size = family.sizes[record.sizeIndex]
        let title = "\(family.skuTitlePrefix), \(size.armSkuName), \(record.region.displayName), \(record.durationTitle)"
        var attributes: [String: String] = [
            "armSkuName": size.armSkuName, "armRegionName": record.region.armName, "region": record.region.displayName,
            "duration": record.duration, "skuDisplayName": size.displayName, "category": family.category,
        ]
        attributes["cores"] = size.cores.map(Self.number)
        attributes["ram"] = size.ramGB.map(Self.number)
        attributes["diskType"] = family.diskType
        let path = "/products/\(product.id)/skus/\(record.id)"
        let query = Self.linkQuery(country: country, scope: scope)
        return SKU(
            id: SKUID(record.id), productID: ProductID(product.id), title: title,
            description: "\(title). Pay once for the term; the discount applies to matching usage.",
            minimumQuantity: 1, maximumQuantity: family.maximumQuantity, isTrial: false, supportedBillingCycles: [.oneTime],
            purchasePrerequisites: family.requiresInventoryCheck
                ? [.azureSubscriptionRegistration, .inventoryCheck] : [.azureSubscriptionRegistration],
            inventoryVariables: ["CustomerId", "AzureSubscriptionId", "ArmRegionName"],
            provisioningVariables: Self.provisioningVariables(scope: scope), dynamicAttributes: attributes,
            links: CatalogLinks(selfLink: Link(uri: path + query), availabilities: Link(uri: path + "/availabilities" + query)))
    }

    func wireAvailability(_ product: CatalogProductRecord, _ record: CatalogSKURecord, country: String, isAzurePlan: Bool) -> Availability {
        let id = availabilityID(product, record, country: country, isAzurePlan: isAzurePlan)
        let skuPath = "/products/\(product.id)/skus/\(record.id)"
        let query = "?country=\(country)"
        return Availability(
            id: AvailabilityID(id), productID: ProductID(product.id), skuID: SKUID(record.id),
            defaultCurrency: CatalogMarkets.currency(for: country), segment: .commercial, country: country,
            isPurchasable: true, isRenewable: false,
            terms: [Term(duration: record.termDuration, description: "\(record.durationTitle) Prepaid")],
            links: CatalogLinks(
                selfLink: Link(uri: skuPath + "/availabilities/\(id)" + query), product: Link(uri: "/products/\(product.id)" + query),
                sku: Link(uri: skuPath + query)))
    }

    /// What a cart line's `provisioningContext` must hold. The documented Azure-plan SKU lists no `Duration`
    /// (the term is in the SKU); MS-AZR-0145P SKUs copy `dynamicAttributes.duration` into it.
    static func provisioningVariables(scope: ReservationScope?) -> [String] {
        scope == .azurePlan ? ["Scope", "SubscriptionId"] : ["Scope", "SubscriptionId", "Duration"]
    }

    /// `12` for whole numbers, `0.5` otherwise: how the catalog writes cores and memory.
    static func number(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
