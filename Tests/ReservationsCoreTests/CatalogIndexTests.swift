import Foundation
import PartnerCenter
import ReservationsCore
import Testing

struct CatalogIndexTests {
    static let dsv5 = Product(id: "DZH318Z0BQ4Z", title: "Reserved VM Instances, Dsv5 Series")
    static let sql = Product(id: "DZH318Z0BQ5S", title: "SQL Database Reserved Capacity")

    static func sku(
        _ id: String, product: Product, arm: String, region: String, armRegion: String, cores: Int, years: Int,
        category: String = "General purpose", inventory: Bool = false
    ) -> SKU {
        SKU(
            id: SKUID(id), productID: product.id, title: "Reserved VM Instance, \(arm), \(region), \(years) Year",
            purchasePrerequisites: inventory ? [.azureSubscriptionRegistration, .inventoryCheck] : [.azureSubscriptionRegistration],
            dynamicAttributes: [
                "armSkuName": arm, "region": region, "armRegionName": armRegion, "cores": String(cores), "ram": String(cores * 4),
                "duration": years == 1 ? "1Year" : "\(years)Years", "category": category,
            ])
    }

    static let skus: [SKU] = [
        sku("0001", product: dsv5, arm: "Standard_D2s_v5", region: "US East", armRegion: "eastus", cores: 2, years: 1),
        sku("0002", product: dsv5, arm: "Standard_D2s_v5", region: "US East", armRegion: "eastus", cores: 2, years: 3),
        sku("0003", product: dsv5, arm: "Standard_D8s_v5", region: "Japan West", armRegion: "japanwest", cores: 8, years: 1,
            inventory: true),
        sku("0004", product: sql, arm: "SQL_vCore_Gen5", region: "EU West", armRegion: "westeurope", cores: 4, years: 3,
            category: "SQL Database"),
    ]

    static let prices: [PriceSheetEntry] = [
        PriceSheetEntry(productID: dsv5.id, skuID: "0001", termDuration: "P1Y", unitPrice: 600, currencyCode: "USD", market: "US"),
        PriceSheetEntry(productID: dsv5.id, skuID: "0002", termDuration: "P3Y", unitPrice: 1200, currencyCode: "USD", market: "US"),
        PriceSheetEntry(productID: dsv5.id, skuID: "0003", termDuration: "P1Y", unitPrice: 300, currencyCode: "USD", market: "US"),
    ]

    static let index = CatalogIndex(products: [dsv5, sql], skus: skus, prices: prices)

    func names(_ rows: [Int]) -> [String] { rows.map { "\(Self.index.rows[$0].name)/\(Self.index.rows[$0].term ?? "")" } }

    @Test("rows carry the SKU's size, region, cores, RAM, term, inventory flag and joined price")
    func rows() {
        let row = Self.index.rows[0]
        #expect(row.name == "Standard_D2s_v5")
        #expect(row.region == "US East")
        #expect(row.armRegionName == "eastus")
        #expect(row.cores == 2)
        #expect(row.ramGB == 8)
        #expect(row.term == "1Y")
        #expect(row.termDuration == "P1Y")
        #expect(row.price == 600)
        #expect(row.currencyCode == "USD")
        #expect(!row.requiresInventoryCheck)
        #expect(Self.index.rows[2].requiresInventoryCheck)
        #expect(Self.index.rows[3].price == nil, "no price sheet row: no price")
    }

    @Test("every space-separated term must start a word, case-insensitively, of size, region, family, category or term")
    func multiTermFilter() {
        #expect(names(Self.index.filter("")) == ["Standard_D2s_v5/1Y", "Standard_D2s_v5/3Y", "Standard_D8s_v5/1Y", "SQL_vCore_Gen5/3Y"])
        #expect(names(Self.index.filter("D2S 3y")) == ["Standard_D2s_v5/3Y"])
        #expect(names(Self.index.filter("eastus")) == ["Standard_D2s_v5/1Y", "Standard_D2s_v5/3Y"])
        #expect(names(Self.index.filter("japan west")) == ["Standard_D8s_v5/1Y"])
        #expect(names(Self.index.filter("dsv5 series 1y")) == ["Standard_D2s_v5/1Y", "Standard_D8s_v5/1Y"])
        #expect(names(Self.index.filter("sql database")) == ["SQL_vCore_Gen5/3Y"])
        #expect(Self.index.filter("d2s nowhere").isEmpty)
        #expect(names(Self.index.filter("  v5   eu  ")).isEmpty)
    }

    @Test("a word matches the start of a field's words: nc is the NC family, not Instances; eastus is not eastus2; accents are ignored")
    func wordStartMatching() {
        let ncv3 = Product(id: "DZH318Z0NCV3", title: "Reserved VM Instances, NCv3 Series")
        let index = CatalogIndex(products: [Self.dsv5, ncv3], skus: [
            Self.sku("0001", product: Self.dsv5, arm: "Standard_D2s_v5", region: "US East", armRegion: "eastus", cores: 2, years: 1),
            Self.sku("0002", product: Self.dsv5, arm: "Standard_D2s_v5", region: "US East 2", armRegion: "eastus2", cores: 2, years: 1),
            Self.sku("0003", product: ncv3, arm: "Standard_NC6s_v3", region: "Brazil South", armRegion: "brazilsouth", cores: 6, years: 3,
                     category: "GPU"),
            Self.sku("0004", product: Self.dsv5, arm: "Standard_D4s_v5", region: "São Paulo", armRegion: "brazilsoutheast", cores: 4, years: 1),
        ])
        func regions(_ query: String) -> [String] { index.filter(query).map { index.rows[$0].armRegionName ?? "" } }
        #expect(regions("nc") == ["brazilsouth"], "Instances contains nc but does not start with it")
        #expect(regions("eastus") == ["eastus"], "an exact region code wins over eastus2")
        #expect(regions("eastus2") == ["eastus2"])
        #expect(regions("east") == ["eastus", "eastus2"], "a word start of the region name matches both")
        #expect(regions("sao") == ["brazilsoutheast"], "accents are ignored")
        #expect(regions("SÃO paulo") == ["brazilsoutheast"])
        #expect(regions("brazilsouth") == ["brazilsouth"], "exact code, not brazilsoutheast")
        #expect(Set(regions("brazil")) == ["brazilsouth", "brazilsoutheast"])
        #expect(regions("ances").isEmpty, "the middle of a word matches nothing")
        #expect(regions("gpu 3y") == ["brazilsouth"])
    }

    @Test("filtering within candidates keeps their order (a sort order, or the previous matches)")
    func filterWithinCandidates() {
        #expect(Self.index.filter("v5", in: [2, 0]) == [2, 0])
        #expect(Self.index.filter("east", in: [3, 2, 1]) == [1])
    }

    @Test("sorting by price puts unpriced rows last; by cores, region and name with stable tie-breaks")
    func sorting() {
        #expect(names(Self.index.order(by: .price)) == ["Standard_D8s_v5/1Y", "Standard_D2s_v5/1Y", "Standard_D2s_v5/3Y", "SQL_vCore_Gen5/3Y"])
        #expect(names(Self.index.order(by: .cores)) == ["Standard_D2s_v5/1Y", "Standard_D2s_v5/3Y", "SQL_vCore_Gen5/3Y", "Standard_D8s_v5/1Y"])
        #expect(names(Self.index.order(by: .region)) == ["SQL_vCore_Gen5/3Y", "Standard_D8s_v5/1Y", "Standard_D2s_v5/1Y", "Standard_D2s_v5/3Y"])
        #expect(names(Self.index.order(by: .name)) == ["SQL_vCore_Gen5/3Y", "Standard_D2s_v5/1Y", "Standard_D2s_v5/3Y", "Standard_D8s_v5/1Y"])
        #expect(CatalogIndex.Sort.price.next == .cores)
        #expect(CatalogIndex.Sort.name.next == .price)
    }

    @Test("prices that arrive after the SKUs are joined to existing and later rows")
    func latePrices() {
        var index = CatalogIndex()
        index.append(product: Self.dsv5, skus: Array(Self.skus.prefix(1)))
        #expect(index.rows[0].price == nil)
        #expect(index.applyPrices(Self.prices) == 1)
        #expect(index.rows[0].price == 600)
        index.append(product: Self.dsv5, skus: [Self.skus[1]])
        #expect(index.rows[1].price == 1200)
        #expect(index.count == 2)
    }

    @Test("a large catalog filters correctly (timings are measured by hand in release builds, not asserted)")
    func largeCatalog() {
        var skus: [SKU] = []
        for number in 0..<20_000 {
            skus.append(Self.sku(String(number), product: Self.dsv5, arm: "Standard_D\(number % 64)s_v5", region: "Region \(number % 50)",
                                 armRegion: "region\(number % 50)", cores: number % 64, years: number % 2 == 0 ? 1 : 3))
        }
        let index = CatalogIndex(products: [Self.dsv5], skus: skus)
        #expect(index.filter("d12s region7 3y").count == index.rows.indices.filter {
            let row = index.rows[$0]
            return row.name == "Standard_D12s_v5" && row.armRegionName!.hasPrefix("region7") && row.term == "3Y"
        }.count)
        #expect(index.filter("").count == 20_000)
    }
}
