import Foundation
import PartnerCenter
import PartnerCenterSandbox
import Testing

/// The catalog client against the sandbox over loopback, with the price sheet host pointed at the sandbox too.
struct CatalogAgainstSandboxTests {
    struct Harness {
        let server: SandboxServer
        let client: PartnerCenterClient

        static func start(_ configuration: SandboxConfiguration = SandboxConfiguration()) async throws -> Harness {
            let server = try await SandboxServer.start(configuration)
            return Harness(server: server, client: server.client(retryPolicy: .none))
        }
    }

    @Test("US lists every reservation product; the VM view only VM products; SQL and Cosmos DB views their own")
    func productsByView() async throws {
        let harness = try await Harness.start()
        defer { Task { await harness.server.stop() } }
        let client = harness.client
        let all = try await client.products.list(country: "US")
        let vm = try await client.products.list(country: "US", view: .azureReservationsVM)
        let sql = try await client.products.list(country: "us", view: .azureReservationsSQL)
        let cosmos = try await client.products.list(country: "US", view: .azureReservationsCosmosDB)
        #expect(all.count >= 20)
        #expect(vm.count >= 11)
        #expect(vm.allSatisfy { $0.subTypeID == "VirtualMachines" && $0.productType?.id == "Azure" })
        #expect(sql.count >= 1 && sql.allSatisfy { $0.subTypeID == "SqlDatabases" })
        #expect(cosmos.count == 1 && cosmos[0].subTypeID == "CosmosDb")
        #expect(Set(vm.map(\.id)).isSubset(of: Set(all.map(\.id))))
        #expect(Set(all.compactMap(\.subTypeID)).isSuperset(of: ["VirtualMachines", "SqlDatabases", "CosmosDb", "Storage"]))
        #expect(all.allSatisfy { $0.id.rawValue.count == 12 && $0.id.rawValue.hasPrefix("DZH318Z0") })
        #expect(Set(all.map(\.id)).count == all.count)
        for series in ["Bs", "Dsv5", "Dasv5", "Esv5", "Easv5", "Fsv2", "Lsv3", "NCv3", "NVv4", "Mv2", "HBv3"] {
            #expect(vm.contains { $0.title.contains("\(series) Series") }, "\(series) is a product")
        }
        let product = vm[0]
        #expect(product.links?.skus?.uri == "/products/\(product.id)/skus?country=US")
        let again = try await client.products.byID(product.id).get(country: "US")
        #expect(again == product)
    }

    @Test("SKUs carry the reservation dynamic attributes; SKU by ID matches the list")
    func skusWithDynamicAttributes() async throws {
        let harness = try await Harness.start()
        defer { Task { await harness.server.stop() } }
        let client = harness.client
        let vm = try await client.products.list(country: "US", view: .azureReservationsVM)
        let dsv5 = try #require(vm.first { $0.title.contains("Dsv5") })
        let skus = try await client.products.byID(dsv5.id).skus.list(country: "US")
        #expect(skus.count >= 8 * 30 * 2, "every size in 30+ regions for both durations")
        let d2 = try #require(skus.first { $0.armSkuName == "Standard_D2s_v5" && $0.armRegionName == "eastus" && $0.duration == "1Year" })
        #expect(d2.title == "Reserved VM Instance, Standard_D2s_v5, US East, 1 Year")
        #expect(d2.region == "US East")
        #expect(d2.cores == 2)
        #expect(d2.ramGB == 8)
        #expect(d2.category == "General purpose")
        #expect(d2.skuDisplayName != nil && d2.diskType != nil)
        #expect(d2.minimumQuantity == 1)
        #expect((d2.maximumQuantity ?? 0) >= 100)
        #expect(d2.supportedBillingCycles == [.oneTime])
        #expect(d2.purchasePrerequisites == [.azureSubscriptionRegistration])
        #expect(d2.inventoryVariables == ["CustomerId", "AzureSubscriptionId", "ArmRegionName"])
        #expect(d2.provisioningVariables == ["Scope", "SubscriptionId", "Duration"])
        #expect(d2.links?.availabilities?.uri == "/products/\(dsv5.id)/skus/\(d2.id)/availabilities?country=US")
        #expect(Set(skus.map(\.id)).count == skus.count, "SKU IDs are unique within the product")
        #expect(Set(skus.compactMap(\.duration)) == ["1Year", "3Years"])
        let byID = try await client.products.byID(dsv5.id).skus.byID(d2.id).get(country: "US")
        #expect(byID == d2)

        let gpu = try #require(vm.first { $0.title.contains("NCv3") })
        let gpuSKUs = try await client.products.byID(gpu.id).skus.list(country: "US")
        #expect(gpuSKUs.allSatisfy { $0.requiresInventoryCheck })
        #expect(gpuSKUs.allSatisfy { $0.category == "GPU" && ($0.maximumQuantity ?? .max) < 999_999_999 })
    }

    @Test("listForCatalog: the same SKUs with every field the catalog reads, without description, links or attributes")
    func catalogListing() async throws {
        let harness = try await Harness.start()
        defer { Task { await harness.server.stop() } }
        let client = harness.client
        let vm = try await client.products.list(country: "US", view: .azureReservationsVM)
        let gpu = try #require(vm.first { $0.title.contains("NCv3") })
        let full = try await client.products.byID(gpu.id).skus.list(country: "US")
        let listed = try await client.products.byID(gpu.id).skus.listForCatalog(country: "US")
        #expect(full.allSatisfy { $0.description != nil && $0.links != nil && $0.attributes != nil }, "the sandbox sends them")
        #expect(listed.allSatisfy { $0.description == nil && $0.links == nil && $0.attributes == nil && $0.actions == nil })
        var trimmed = full
        for position in trimmed.indices {
            trimmed[position].description = nil
            trimmed[position].links = nil
            trimmed[position].attributes = nil
            trimmed[position].actions = nil
            trimmed[position].consumptionType = nil
            trimmed[position].termsOfUseUri = nil
        }
        #expect(listed == trimmed, "ids, titles, quantities, prerequisites, variables and dynamic attributes are kept")
        #expect(listed.allSatisfy { $0.requiresInventoryCheck && $0.termDuration != nil })
    }

    @Test("each SKU has one availability whose term matches its duration; Azure plan availabilities have other IDs")
    func availabilitiesPerScope() async throws {
        let harness = try await Harness.start()
        defer { Task { await harness.server.stop() } }
        let client = harness.client
        let vm = try await client.products.list(country: "US", view: .azureReservationsVM)
        let product = try #require(vm.first { $0.title.contains("Esv5") })
        let skus = try await client.products.byID(product.id).skus.list(country: "US")
        for sku in [skus[0], skus[1], skus[skus.count - 1]] {
            let node = client.products.byID(product.id).skus.byID(sku.id).availabilities
            let legacy = try await node.list(country: "US")
            let plan = try await node.list(country: "US", reservationScope: .azurePlan)
            #expect(legacy.count == 1 && plan.count == 1)
            let (a, b) = (legacy[0], plan[0])
            let term = try #require(sku.termDuration)
            #expect(a.terms.map(\.duration) == [term])
            #expect(a.terms[0].description == (sku.duration == "1Year" ? "1 Year Prepaid" : "3 Years Prepaid"))
            #expect(a.catalogItemID == CatalogItemID(productID: product.id, skuID: sku.id, availabilityID: a.id))
            #expect(a.defaultCurrency == CurrencyInfo(code: "USD", symbol: "$"))
            #expect(a.segment == .commercial && a.country == "US" && a.isPurchasable == true)
            #expect(a.id != b.id && a.catalogItemID != b.catalogItemID)
            #expect(b.terms == a.terms)
            #expect(try await node.byID(a.id).get(country: "US") == a)
            #expect(try await node.byID(b.id).get(country: "US", reservationScope: .azurePlan) == b)
        }
        let again = try await client.products.byID(product.id).skus.byID(skus[0].id).availabilities.list(country: "US")
        let first = try await client.products.byID(product.id).skus.byID(skus[0].id).availabilities.list(country: "US")
        #expect(again == first, "the same IDs on every call")
    }

    @Test("availabilities use the country's currency and differ per country")
    func currencyPerCountry() async throws {
        let harness = try await Harness.start()
        defer { Task { await harness.server.stop() } }
        let client = harness.client
        let product = try #require(try await client.products.list(country: "DE", view: .azureReservationsVM).first)
        let sku = try #require(try await client.products.byID(product.id).skus.list(country: "DE").first)
        let node = client.products.byID(product.id).skus.byID(sku.id).availabilities
        var ids: Set<AvailabilityID> = []
        for (country, code) in [("DE", "EUR"), ("GB", "GBP"), ("JP", "JPY"), ("CA", "CAD"), ("AU", "AUD"), ("CH", "CHF"), ("IN", "INR"), ("US", "USD")] {
            let availability = try #require(try await node.list(country: country).first)
            #expect(availability.defaultCurrency?.code == code, "\(country)")
            #expect(availability.country == country)
            ids.insert(availability.id)
        }
        #expect(ids.count == 8)
    }

    @Test("the inventory check reports restrictions for restricted SKUs and leaves unknown items out")
    func inventoryCheck() async throws {
        let harness = try await Harness.start()
        defer { Task { await harness.server.stop() } }
        let client = harness.client
        let vm = try await client.products.list(country: "US", view: .azureReservationsVM)
        let gpu = try #require(vm.first { $0.title.contains("NCv3") })
        let dsv5 = try #require(vm.first { $0.title.contains("Dsv5") })
        let all = try await client.extensions.checkInventory(
            InventoryCheckRequest(targetItems: [.init(productID: gpu.id)], inventoryContext: [:]), country: "US")
        let skus = try await client.products.byID(gpu.id).skus.list(country: "US")
        #expect(all.count == skus.count, "a product without a SKU ID checks every SKU")
        let restricted = try #require(all.first { $0.isRestricted })
        #expect(all.contains { !$0.isRestricted })
        let sku = try #require(skus.first { $0.id == restricted.skuID })

        let answer = try await client.extensions.checkInventory(
            InventoryCheckRequest(
                targetItems: [
                    .init(productID: gpu.id, skuID: sku.id), .init(productID: gpu.id, skuID: "ZZZZ"),
                    .init(productID: "DZH318Z0NONE"), .init(productID: dsv5.id, skuID: "0001"),
                ],
                customerID: "0c39d6d5-c70d-4c55-bc02-f620844f3fd1", azureSubscriptionID: "1c461a25-f729-4fa5-aadb-280947dd05e8",
                armRegionName: sku.armRegionName),
            country: "US")
        #expect(answer.count == 2, "the unknown SKU and product are silently left out")
        #expect(answer[0].skuID == sku.id && answer[0].isRestricted)
        let restriction = try #require(answer[0].restrictions.first)
        #expect(restriction.reasonCode == "NotAvailableForSubscription")
        #expect(restriction.properties == ["type": "Location", "values": try #require(sku.armRegionName)])
        #expect(restriction.description == "Restriction identified of type 'Location' with values '\(sku.armRegionName ?? "")'.")
        #expect(answer[1].productID == dsv5.id && !answer[1].isRestricted && answer[1].restrictions.isEmpty)

        let region = try await client.extensions.checkInventory(
            InventoryCheckRequest(targetItems: [.init(productID: gpu.id)], customerID: nil, azureSubscriptionID: nil, armRegionName: "eastus"),
            country: "US")
        let eastUS = skus.filter { $0.armRegionName == "eastus" }
        #expect(!eastUS.isEmpty && region.compactMap(\.skuID) == eastUS.map(\.id), "the context region narrows a whole-product check")
    }

    @Test("404s are typed with the documented codes, and bad queries with theirs")
    func typedErrors() async throws {
        let harness = try await Harness.start()
        defer { Task { await harness.server.stop() } }
        let client = harness.client
        let product = try #require(try await client.products.list(country: "US").first)
        let sku = try #require(try await client.products.byID(product.id).skus.list(country: "US").first)
        /// "HTTP-status code" of the failure, e.g. "404 400013".
        func code(_ call: () async throws -> Void) async -> String {
            do {
                try await call()
                return "no error"
            } catch let error as PartnerCenterError {
                return "\(error.httpStatus ?? 0) \(error.code ?? "-")"
            } catch {
                return "\(error)"
            }
        }
        let products = client.products
        #expect(await code { _ = try await products.byID("DZH318Z0ZZZZ").get(country: "US") } == "404 400013")
        #expect(await code { _ = try await products.byID("DZH318Z0ZZZZ").skus.list(country: "US") } == "404 400013")
        #expect(await code { _ = try await products.byID(product.id).skus.byID("ZZZZ").get(country: "US") } == "404 400018")
        #expect(
            await code { _ = try await products.byID(product.id).skus.byID("ZZZZ").availabilities.list(country: "US") }
                == "404 400018")
        #expect(
            await code { _ = try await products.byID(product.id).skus.byID(sku.id).availabilities.byID("DZH318ZZZZZZ").get(country: "US") }
                == "404 400019")
        #expect(await code { _ = try await products.list(country: "QQ") } == "400 800002")
        #expect(await code { _ = try await products.list(country: "US", view: .unknown("AzureAzureReservationsVM")) } == "403 400036")
        #expect(await code { _ = try await products.list(country: "US", targetSegment: .nonprofit) } == "403 400030")
        #expect(await code { _ = try await products.byID(product.id).get(country: "BR") } == "404 400013")
        do {
            _ = try await products.byID("DZH318Z0ZZZZ").get(country: "US")
        } catch let error as PartnerCenterError {
            #expect(error.isNotFound && error.operation == "get product" && error.requestID != nil)
        }
    }

    @Test("markets where reservations are not sold have no products; other views are empty too")
    func unsoldMarkets() async throws {
        let harness = try await Harness.start()
        defer { Task { await harness.server.stop() } }
        let client = harness.client
        for country in ["BR", "RU", "CN", "RE", "XK", "GI"] {
            #expect(try await client.products.list(country: country).isEmpty, "\(country)")
        }
        #expect(try await client.products.list(country: "US", view: .unknown("OnlineServices")).isEmpty)
        #expect(try await client.products.list(country: "US", targetSegment: .education).count > 0)
    }

    @Test("the price sheet parses and prices every availability's SKU and term, in the market's currency")
    func priceSheetCoversAvailabilities() async throws {
        let harness = try await Harness.start()
        defer { Task { await harness.server.stop() } }
        let client = harness.client
        let entries = try await client.priceSheet.reservations(market: "US")
        #expect(entries.count >= 5_000)
        let index = PriceSheetEntry.index(entries)
        #expect(index.count == entries.count, "one row per product, SKU and term")
        #expect(entries.allSatisfy { $0.currencyCode == "USD" && $0.market == "US" && $0.unitPrice > 0 })
        let vm = try await client.products.list(country: "US", view: .azureReservationsVM)
        for product in vm.prefix(3) {
            let skus = try await client.products.byID(product.id).skus.list(country: "US")
            for sku in skus.prefix(4) {
                let availability = try #require(
                    try await client.products.byID(product.id).skus.byID(sku.id).availabilities.list(country: "US").first)
                for term in availability.terms {
                    let entry = index[PriceSheetEntry.Key(productID: product.id, skuID: sku.id, termDuration: term.duration)]
                    #expect(entry != nil, "\(product.id):\(sku.id) \(term.duration) is priced")
                    #expect(entry?.armSkuName == sku.armSkuName)
                }
            }
        }
        let threeYears = try #require(entries.first { $0.termDuration == "P3Y" && $0.armSkuName == "Standard_D2s_v5" && $0.armRegionName == "eastus" })
        let oneYear = try #require(entries.first { $0.termDuration == "P1Y" && $0.armSkuName == "Standard_D2s_v5" && $0.armRegionName == "eastus" })
        #expect(threeYears.unitPrice > oneYear.unitPrice && threeYears.unitPrice < oneYear.unitPrice * 3)

        let euro = try await client.priceSheet.reservations(market: "DE")
        #expect(euro.count == entries.count && euro.allSatisfy { $0.currencyCode == "EUR" })
        #expect(try await client.priceSheet.reservations(market: "BR").isEmpty, "no reservations, no prices")
        do {
            _ = try await client.priceSheet.reservations(market: "QQ")
            Issue.record("expected an error")
        } catch let error as PartnerCenterError {
            #expect(error.httpStatus == 400 && error.code == "800002")
        }
    }
}

extension CatalogAgainstSandboxTests {
    @Test("an app-only client is told prices need a user sign-in, without asking the Partner API")
    func appOnlyHasNoPrices() async throws {
        let server = try await SandboxServer.start(SandboxConfiguration())
        defer { Task { await server.stop() } }
        let client = server.client(asUser: false, retryPolicy: .none)
        #expect(!client.canReadPriceSheet)
        do {
            _ = try await client.priceSheet.reservations(market: "US")
            Issue.record("expected an error")
        } catch let error as PartnerCenterError {
            #expect(error.serviceDescription == "Prices need user sign-in (pcres login)")
        }
        #expect(try await client.products.list(country: "US", view: .azureReservationsVM).isEmpty == false, "Partner Center still answers")
    }
}
