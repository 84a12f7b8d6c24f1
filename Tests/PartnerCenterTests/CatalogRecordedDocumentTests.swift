import Foundation
import PartnerCenter
import Testing

/// The catalog client against recorded documents that follow §3.3 and §4.1, with the odd spellings of §1.4.
struct CatalogRecordedDocumentTests {
    @Test("products decode with nested item types and links; the request carries country, view, segment and scope")
    func productsAndQuery() async throws {
        let transport = ScriptedTransport([try ScriptedTransport.fixture("catalog-products")])
        let products = try await PartnerCenterClient.scripted(transport).products.list(
            country: "US", view: .azureReservationsVM, reservationScope: .azurePlan, targetSegment: .commercial)
        #expect(products.map(\.id) == ["DZH318Z0BQ3Q", "DZH318Z0BQ5S"])
        #expect(products[0].productType?.subType?.id == "VirtualMachines")
        #expect(products[0].subTypeID == "VirtualMachines")
        #expect(products[0].links?.skus?.uri == "/products/DZH318Z0BQ3Q/skus?country=US")
        #expect(products[1].subTypeID == "CosmosDb")
        #expect(products[1].description == nil)
        let url = try #require(transport.sent.first?.url.absoluteString)
        #expect(
            url == "https://pc.example.test/v1/products?country=US&targetView=AzureReservationsVM&targetSegment=commercial&reservationScope=AzurePlan")
    }

    @Test("SKUs decode numbers as strings, any billing cycle spelling, unknown prerequisites and mixed dynamic attributes")
    func skuOddSpellings() async throws {
        let transport = ScriptedTransport([try ScriptedTransport.fixture("catalog-skus-odd-spellings")])
        let skus = try await PartnerCenterClient.scripted(transport).products.byID("DZH318Z0BQ5S").skus.list(country: "US")
        #expect(skus.count == 2)
        let gpu = skus[0]
        #expect(gpu.minimumQuantity == 1)
        #expect(gpu.maximumQuantity == 999_999_999)
        #expect(gpu.supportedBillingCycles == [.oneTime])
        #expect(gpu.purchasePrerequisites == [.azureSubscriptionRegistration, .inventoryCheck])
        #expect(gpu.requiresInventoryCheck)
        #expect(gpu.armSkuName == "Standard_ND12s")
        #expect(gpu.armRegionName == "westus2")
        #expect(gpu.region == "US West 2")
        #expect(gpu.duration == "1Year")
        #expect(gpu.termDuration == "P1Y")
        #expect(gpu.cores == 12)
        #expect(gpu.ramGB == 224)
        #expect(gpu.category == "GPU")
        #expect(gpu.diskType == "Hdd")
        #expect(gpu.links?.availabilities?.uri == "/products/DZH318Z0BQ5S/skus/0001/availabilities?country=US")

        let burstable = skus[1]
        #expect(burstable.supportedBillingCycles == [.oneTime, .unknown("every_fortnight")], "unknown values are kept")
        #expect(burstable.purchasePrerequisites.contains(.unknown("QuantumEntanglementCheck")))
        #expect(!burstable.requiresInventoryCheck)
        #expect(burstable.armSkuName == "Standard_B1ls", "attribute names compare case-insensitively")
        #expect(burstable.cores == 1, "numbers decode as well as strings")
        #expect(burstable.ramGB == 0.5)
        #expect(burstable.termDuration == "P3Y")
        #expect(burstable.dynamicAttributes["isFlexible"] == "true")
        #expect(burstable.dynamicAttributes["unknownNested"] == nil, "nested values are skipped, not fatal")
        #expect(burstable.dynamicAttributes["nothing"] == nil)
        #expect(burstable.attribute("blank") == nil, "blank values read as nil")
        #expect(burstable.description == nil)
    }

    @Test("a SKU without productId is a typed error naming the field")
    func skuMissingProductID() async throws {
        let transport = ScriptedTransport([try ScriptedTransport.fixture("catalog-skus-missing-productid")])
        do {
            _ = try await PartnerCenterClient.scripted(transport).products.byID("P").skus.list(country: "US")
            Issue.record("expected a decoding error")
        } catch let error as PartnerCenterError {
            #expect(error.kind == .malformedResponse(field: "items[0].productId"))
            #expect(error.operation == "list SKUs")
        }
    }

    @Test("availabilities decode; missing product and SKU IDs come from the catalog item ID; unknown segments are kept")
    func availabilities() async throws {
        let transport = ScriptedTransport([try ScriptedTransport.fixture("catalog-availabilities")])
        let items = try await PartnerCenterClient.scripted(transport).products.byID("DZH318Z0BQ3Q").skus.byID("0001")
            .availabilities.list(country: "US", reservationScope: .azurePlan)
        #expect(items.count == 2)
        #expect(items[0].catalogItemID == "DZH318Z0BQ3Q:0001:DZH318XZXVNF")
        #expect(items[0].segment == .commercial, "Commercial decodes case-insensitively")
        #expect(items[0].defaultCurrency == CurrencyInfo(code: "USD", symbol: "$"))
        #expect(items[0].terms == [Term(duration: "P1Y", description: "1 Year Prepaid")])
        #expect(items[0].offersTerm("p1y"))
        #expect(!items[0].offersTerm("P3Y"))
        #expect(items[1].productID == "DZH318Z0BQ36")
        #expect(items[1].skuID == "004G")
        #expect(items[1].segment == .unknown("charity_sector"))
        #expect(items[1].terms.first?.id == "7", "a numeric term ID is kept as text")
        #expect(items[1].terms.first?.billingCycle == .oneTime)
        #expect(items[1].terms.first?.years == 3)
        let url = try #require(transport.sent.first?.url.absoluteString)
        #expect(url == "https://pc.example.test/v1/products/DZH318Z0BQ3Q/skus/0001/availabilities?country=US&reservationScope=AzurePlan")
    }

    @Test("an availability without catalogItemId is a typed error naming the field")
    func availabilityMissingCatalogItemID() async throws {
        let transport = ScriptedTransport([try ScriptedTransport.fixture("catalog-availability-missing-catalogitemid")])
        do {
            _ = try await PartnerCenterClient.scripted(transport).products.byID("DZH318Z0BQ3Q").skus.byID("0001")
                .availabilities.byID("DZH318XZXVNF").get(country: "US")
            Issue.record("expected a decoding error")
        } catch let error as PartnerCenterError {
            #expect(error.kind == .malformedResponse(field: "catalogItemId"))
            #expect(error.operation == "get availability")
        }
    }

    @Test("identifiers are percent-encoded into one path segment each")
    func pathEncoding() async throws {
        let transport = ScriptedTransport([ScriptedTransport.json(404, #"{"code":"400013","description":"nope"}"#)])
        _ = try? await PartnerCenterClient.scripted(transport, attempts: 1).products.byID("A/B?C").skus.byID("0 1").get(country: "US")
        let url = try #require(transport.sent.first?.url.absoluteString)
        #expect(url == "https://pc.example.test/v1/products/A%2FB%3FC/skus/0%201?country=US")
    }

    @Test("the inventory check posts camelCase JSON and reads the bare array answer")
    func inventoryCheck() async throws {
        let transport = ScriptedTransport([try ScriptedTransport.fixture("catalog-inventory")])
        let request = InventoryCheckRequest(
            targetItems: [.init(productID: "DZH318Z0BQ3P"), .init(productID: "DZH318Z0BQ3P", skuID: "0039")],
            customerID: "c1", azureSubscriptionID: "s1", armRegionName: "japanwest")
        let items = try await PartnerCenterClient.scripted(transport).extensions.checkInventory(request, country: "JP")
        #expect(items.count == 3)
        #expect(items[0].isRestricted)
        #expect(items[0].restrictions.first?.properties == ["type": "Location", "values": "japanwest"])
        #expect(items[1].isRestricted == false)
        #expect(items[2].isRestricted, "restrictions without the flag still mean restricted")
        #expect(items[2].restrictions.first?.reasonCode == "42")
        #expect(items[2].restrictions.first?.properties["limit"] == "4")

        let sent = try #require(transport.sent.first)
        #expect(sent.method == "POST")
        #expect(sent.url.absoluteString == "https://pc.example.test/v1/extensions/product/checkInventory?country=JP")
        #expect(sent.headers["Content-Type"] == "application/json")
        let body = try #require(sent.body.flatMap { try JSONSerialization.jsonObject(with: $0) as? [String: Any] })
        let targets = try #require(body["targetItems"] as? [[String: Any]])
        #expect(targets.count == 2)
        #expect(targets[0]["productId"] as? String == "DZH318Z0BQ3P")
        #expect(targets[0]["skuId"] == nil, "no SKU means every SKU of the product")
        #expect(targets[1]["skuId"] as? String == "0039")
        #expect(body["inventoryContext"] as? [String: String] == ["customerId": "c1", "azureSubscriptionId": "s1", "armRegionName": "japanwest"])
    }

    @Test("catalog item IDs split into their three typed parts, and malformed ones do not")
    func catalogItemIDParts() {
        let id = CatalogItemID(productID: "DZH318Z0BQ3Q", skuID: "0001", availabilityID: "DZH318XZXVNF")
        #expect(id.rawValue == "DZH318Z0BQ3Q:0001:DZH318XZXVNF")
        #expect(id.productID == "DZH318Z0BQ3Q")
        #expect(id.skuID == "0001")
        #expect(id.availabilityID == "DZH318XZXVNF")
        for bad: CatalogItemID in ["", "A:B", "A::C", "A:B:C:D", ":B:C"] {
            #expect(bad.parts == nil, "\(bad.rawValue)")
        }
    }
}
