import Foundation
import PartnerCenter
import ReservationsCore
import ReservationsTUI
import TerminalUI

/// A small catalog for the US: two VM families and SQL, prices for some SKUs, one SKU that needs an inventory check.
enum CatalogFixtures {
    static let dsv5 = Product(id: "DZH318Z0BQ4Z", title: "Reserved VM Instances, Dsv5 Series")
    static let esv5 = Product(id: "DZH318Z0BQ50", title: "Reserved VM Instances, Esv5 Series")
    static let sql = Product(id: "DZH318Z0BQ5S", title: "SQL Database Reserved Capacity")
    static let products = [dsv5, esv5, sql]

    static func sku(_ id: String, _ product: Product, _ arm: String, _ region: String, _ armRegion: String, cores: Int,
                    years: Int, inventory: Bool = false, category: String = "General purpose") -> SKU {
        SKU(
            id: SKUID(id), productID: product.id, title: "Reserved VM Instance, \(arm), \(region), \(years) Year",
            minimumQuantity: 1, maximumQuantity: 100,
            purchasePrerequisites: inventory ? [.azureSubscriptionRegistration, .inventoryCheck] : [.azureSubscriptionRegistration],
            dynamicAttributes: [
                "armSkuName": arm, "region": region, "armRegionName": armRegion, "cores": String(cores),
                "ram": String(cores * 4), "duration": years == 1 ? "1Year" : "\(years)Years", "category": category,
            ])
    }

    static let dsv5SKUs = [
        sku("0001", dsv5, "Standard_D2s_v5", "US East", "eastus", cores: 2, years: 1),
        sku("0002", dsv5, "Standard_D2s_v5", "US East", "eastus", cores: 2, years: 3),
        sku("0003", dsv5, "Standard_D8s_v5", "Japan West", "japanwest", cores: 8, years: 1, inventory: true),
        sku("0004", dsv5, "Standard_D4s_v5", "EU West", "westeurope", cores: 4, years: 1),
    ]
    static let esv5SKUs = [
        sku("0001", esv5, "Standard_E4s_v5", "US West 2", "westus2", cores: 4, years: 1, category: "Memory optimized"),
        sku("0002", esv5, "Standard_E16s_v5", "US East", "eastus", cores: 16, years: 3, category: "Memory optimized"),
    ]
    static let sqlSKUs = [
        sku("0001", sql, "SQL_GP_Gen5", "US East", "eastus", cores: 8, years: 3, category: "SQL Database"),
    ]

    static let prices: [PriceSheetEntry] = [
        .init(productID: dsv5.id, skuID: "0001", termDuration: "P1Y", unitPrice: Decimal(string: "612.36")!, currencyCode: "USD", market: "US"),
        .init(productID: dsv5.id, skuID: "0002", termDuration: "P3Y", unitPrice: Decimal(string: "1180.08")!, currencyCode: "USD", market: "US"),
        .init(productID: dsv5.id, skuID: "0003", termDuration: "P1Y", unitPrice: Decimal(string: "2851.2")!, currencyCode: "USD", market: "US"),
        .init(productID: dsv5.id, skuID: "0004", termDuration: "P1Y", unitPrice: Decimal(string: "1301.4")!, currencyCode: "USD", market: "US"),
        .init(productID: esv5.id, skuID: "0001", termDuration: "P1Y", unitPrice: Decimal(string: "1633.92")!, currencyCode: "USD", market: "US"),
        .init(productID: esv5.id, skuID: "0002", termDuration: "P3Y", unitPrice: Decimal(string: "12450")!, currencyCode: "USD", market: "US"),
    ]

    /// The loaded customers screen with the subscriptions pane focused and the catalog opened (not yet answered).
    static func openedState(size: Size = Size(width: 100, height: 30), subscription: Int = 0) -> (AppState, [Effect]) {
        var state = Fixtures.loadedState(size: size)
        _ = Fixtures.press([.enter], &state)
        for _ in 0..<subscription { _ = Fixtures.press([.down], &state) }
        let effects = Fixtures.press([.char("c")], &state)
        return (state, effects)
    }

    /// The catalog with every product answered and prices joined.
    static func loadedState(size: Size = Size(width: 100, height: 30)) -> AppState {
        var (state, _) = openedState(size: size)
        let generation = state.catalog!.request.generation
        _ = AppReducer.reduce(&state, .catalog(.catalogProductsLoaded(generation: generation, total: 3)))
        _ = AppReducer.reduce(&state, .catalog(.catalogSKUsLoaded(generation: generation, SKUBatch(product: dsv5, skus: dsv5SKUs), done: 1, total: 3)))
        _ = AppReducer.reduce(&state, .catalog(.catalogPricesLoaded(generation: generation, PriceList(prices))))
        _ = AppReducer.reduce(&state, .catalog(.catalogSKUsLoaded(generation: generation, SKUBatch(product: esv5, skus: esv5SKUs), done: 2, total: 3)))
        _ = AppReducer.reduce(&state, .catalog(.catalogSKUsLoaded(generation: generation, SKUBatch(product: sql, skus: sqlSKUs), done: 3, total: 3)))
        _ = AppReducer.reduce(&state, .catalog(.catalogFinished(generation: generation)))
        return state
    }
}
