import Foundation
import PartnerCenter
import PartnerCenterSandbox
import Testing

/// The generated catalog itself: deterministic, large enough, realistic, and fast at scale.
struct CatalogGenerationTests {
    @Test("two generations give the same products, SKUs, availabilities and prices")
    func deterministic() throws {
        let first = SandboxCatalog()
        let second = SandboxCatalog()
        let products = first.products(country: "US", view: .azureReservations)
        #expect(products == second.products(country: "US", view: .azureReservations))
        for product in products {
            let skus = try #require(first.skus(productID: product.id.rawValue, country: "US"))
            #expect(skus == second.skus(productID: product.id.rawValue, country: "US"))
            for sku in skus.prefix(5) {
                for scope in [nil, ReservationScope.azurePlan] {
                    #expect(
                        first.availabilities(productID: product.id.rawValue, skuID: sku.id.rawValue, country: "FR", scope: scope)
                            == second.availabilities(productID: product.id.rawValue, skuID: sku.id.rawValue, country: "FR", scope: scope))
                }
            }
        }
        #expect(first.priceSheetEntries(market: "JP") == second.priceSheetEntries(market: "JP"))
        // Pinned values: a change here means every sandbox user's saved IDs change; do it on purpose.
        let dsv5 = try #require(products.first { $0.title == "Reserved VM Instances, Dsv5 Series" })
        #expect(dsv5.id == first.products(country: "DE", view: .azureReservationsVM).first { $0.title.contains("Dsv5") }?.id)
        let sku = try #require(first.sku(productID: dsv5.id.rawValue, skuID: "0001", country: "US"))
        #expect(sku.title == "Reserved VM Instance, Standard_D2s_v5, US East, 1 Year")
        #expect(first.sku(productID: dsv5.id.rawValue, skuID: "0002", country: "US")?.duration == "3Years")
    }

    @Test("the US catalog has over 5,000 SKUs in 30+ real regions, and the realistic families and services")
    func size() {
        let catalog = SandboxCatalog()
        #expect(catalog.skuCountPerCountry >= 5_000)
        let regions = catalog.regionNames
        #expect(regions.count >= 30)
        #expect(regions.isSuperset(of: ["eastus", "westus2", "westeurope", "japanwest", "australiaeast", "uksouth", "centralindia"]))
        let subTypes = Set(catalog.products(country: "US", view: .azureReservations).compactMap(\.subTypeID))
        #expect(subTypes == ["VirtualMachines", "SqlDatabases", "CosmosDb", "Storage", "AppService", "Databricks", "RedisCache", "DataExplorer"])
        let ids = catalog.products(country: "US", view: .azureReservations).map(\.id.rawValue)
        #expect(ids.allSatisfy { $0.count == 12 && $0 != Subscription.azurePlanOfferPrefix })
    }

    @Test("scale 14 generates over 100,000 SKUs in one country, keeping the scale-1 IDs")
    func scale() throws {
        let started = Date()
        let large = SandboxCatalog(scale: 14)
        let count = large.skuCountPerCountry
        let seconds = Date().timeIntervalSince(started)
        print("catalog scale 14: \(count) SKUs generated in \(String(format: "%.2f", seconds)) s")
        #expect(count >= 100_000)
        let small = SandboxCatalog()
        let product = try #require(small.products(country: "US", view: .azureReservationsVM).first)
        let smallSKUs = try #require(small.skus(productID: product.id.rawValue, country: "US"))
        let largeSKUs = try #require(large.skus(productID: product.id.rawValue, country: "US"))
        #expect(Array(largeSKUs.prefix(smallSKUs.count)) == smallSKUs)
        #expect(largeSKUs.count > smallSKUs.count * 10)
    }

    @Test("markets without reservations have no catalog at all")
    func unsoldMarkets() throws {
        let catalog = SandboxCatalog()
        let product = try #require(catalog.products(country: "US", view: .azureReservations).first)
        for country in ["BR", "ru", "AX", "XK"] {
            #expect(catalog.products(country: country, view: .azureReservations).isEmpty)
            #expect(catalog.product(id: product.id.rawValue, country: country) == nil)
            #expect(catalog.priceSheetEntries(market: country).isEmpty)
        }
        #expect(SandboxCatalog.sellsReservations(in: "us"))
        #expect(!SandboxCatalog.sellsReservations(in: "BR"))
        #expect(SandboxCatalog.normalizedCountry("xk") == "XK")
        #expect(SandboxCatalog.normalizedCountry("QQ") == nil)
    }

    @Test("every seeded customer's country has a currency, local where Partner Center bills locally")
    func currencies() {
        let expected = [
            "US": "USD", "GB": "GBP", "DE": "EUR", "FR": "EUR", "JP": "JPY", "CA": "CAD", "AU": "AUD", "CH": "CHF",
            "IN": "INR", "NZ": "NZD", "DK": "DKK", "SE": "SEK", "NO": "NOK", "KR": "KRW", "PL": "EUR", "AE": "USD",
        ]
        for (country, code) in expected { #expect(SandboxCatalog.currency(for: country).code == code, "\(country)") }
    }

    @Test("resolve finds a catalog item ID with its scope, price and restriction; stale and foreign IDs are nil")
    func resolveForCarts() throws {
        let catalog = SandboxCatalog()
        let product = try #require(catalog.products(country: "GB", view: .azureReservationsVM).first { $0.title.contains("NCv3") })
        let skus = try #require(catalog.skus(productID: product.id.rawValue, country: "GB"))
        let restrictedItem = catalog.checkInventory(
            InventoryCheckRequest(targetItems: [.init(productID: product.id)], inventoryContext: [:]), country: "GB"
        ).first(where: \.isRestricted)
        let sku = try #require(skus.first { $0.id == restrictedItem?.skuID })
        for scope in [nil, ReservationScope.azurePlan] {
            let availability = try #require(
                catalog.availabilities(productID: product.id.rawValue, skuID: sku.id.rawValue, country: "GB", scope: scope)?.first)
            let entry = try #require(catalog.resolve(catalogItemID: availability.catalogItemID.rawValue, country: "gb"))
            #expect(entry.isAzurePlan == (scope == .azurePlan))
            #expect(entry.reservationScope == scope)
            #expect(entry.availability == availability)
            #expect(entry.sku.id == sku.id && entry.product.id == product.id)
            #expect(entry.termDuration == sku.termDuration)
            #expect(entry.currency.code == "GBP" && entry.unitPrice > 0)
            #expect(entry.isRestricted)
            let priced = PriceSheetEntry.index(catalog.priceSheetEntries(market: "GB"))[
                PriceSheetEntry.Key(productID: product.id, skuID: sku.id, termDuration: entry.termDuration)]
            #expect(priced?.unitPrice == entry.unitPrice, "the cart price is the price sheet's")
            #expect(catalog.resolve(catalogItemID: availability.catalogItemID.rawValue.lowercased(), country: "GB") != nil)
            #expect(catalog.resolve(catalogItemID: availability.catalogItemID.rawValue, country: "US") == nil, "another country's ID")
            #expect(catalog.resolve(catalogItemID: availability.catalogItemID.rawValue, country: "BR") == nil)
            #expect(SandboxCatalog(epoch: 1).resolve(catalogItemID: availability.catalogItemID.rawValue, country: "GB") == nil, "stale")
        }
        for bad in ["", "x", "\(product.id):\(sku.id)", "\(product.id):ZZZZ:DZH318AAAAAA", "\(product.id):\(sku.id):DZH318AAAAAA"] {
            #expect(catalog.resolve(catalogItemID: bad, country: "GB") == nil, "\(bad)")
        }
    }

    @Test("a new epoch rotates availability and catalog item IDs but keeps products and SKUs")
    func epochRotation() throws {
        let before = SandboxCatalog()
        let after = SandboxCatalog(epoch: 1)
        let product = try #require(before.products(country: "US", view: .azureReservations).first)
        #expect(after.products(country: "US", view: .azureReservations).first == product)
        let sku = try #require(before.skus(productID: product.id.rawValue, country: "US")?.first)
        #expect(after.sku(productID: product.id.rawValue, skuID: sku.id.rawValue, country: "US") == sku)
        let old = try #require(before.availabilities(productID: product.id.rawValue, skuID: sku.id.rawValue, country: "US", scope: nil)?.first)
        let new = try #require(after.availabilities(productID: product.id.rawValue, skuID: sku.id.rawValue, country: "US", scope: nil)?.first)
        #expect(old.id != new.id)
        #expect(after.availability(productID: product.id.rawValue, skuID: sku.id.rawValue, availabilityID: old.id.rawValue, country: "US") == nil)
    }
}
