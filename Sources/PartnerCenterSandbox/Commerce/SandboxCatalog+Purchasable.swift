import Foundation
import PartnerCenter

extension SandboxCatalog: PurchasableCatalog {
    func purchasableItem(catalogItemID: String, country: String) -> PurchasableItem? {
        guard let entry = resolve(catalogItemID: catalogItemID, country: country) else { return nil }
        let sku = entry.sku
        return PurchasableItem(
            catalogItemID: entry.availability.catalogItemID.rawValue, productID: entry.product.id.rawValue, skuID: sku.id.rawValue,
            availabilityID: entry.availability.id.rawValue, productTitle: entry.product.title, skuTitle: sku.title,
            minimumQuantity: sku.minimumQuantity ?? 1, maximumQuantity: sku.maximumQuantity ?? Int.max,
            terms: entry.availability.terms.map(\.duration), provisioningVariables: sku.provisioningVariables,
            duration: sku.duration, armRegionName: sku.armRegionName, isAzurePlan: entry.isAzurePlan,
            currencyCode: entry.currency.code, currencySymbol: entry.currency.symbol ?? CurrencySymbols.symbol(for: entry.currency.code),
            unitPrice: entry.unitPrice,
            reservationType: (entry.product.subTypeID ?? "VirtualMachines").lowercased(),
            isInventoryRestricted: entry.isRestricted)
    }
}
