import Foundation
import PartnerCenter
import ReservationsCore
import Testing

/// The catalog cache keeps an index as its tables; reading them back must give the same catalog, or refuse.
struct CatalogIndexArchiveTests {
    typealias Fixture = CatalogIndexTests

    /// The fixture plus a SKU with every optional field missing and one with non-ASCII text.
    static let index: CatalogIndex = {
        var index = CatalogIndex(products: [Fixture.dsv5, Fixture.sql], skus: Fixture.skus)
        index.append(
            product: Product(id: "P-BARE", title: "Bare"),
            skus: [
                SKU(id: "B1", productID: "P-BARE", title: "No attributes", minimumQuantity: nil),
                SKU(id: "B2", productID: "P-BARE", title: "Réservé, Zürich Nord", dynamicAttributes: ["region": "Schweiz Nord"]),
            ])
        return index
    }()

    @Test("an archived index reads back row for row, with the same filter and sort results")
    func roundTrip() throws {
        let read = try CatalogIndex(archive: Self.index.archived())
        #expect(Array(read.rows) == Array(Self.index.rows))
        for query in ["", "eastus", "d2s 3y", "zürich", "SCHWEIZ", "nothing-like-this"] {
            #expect(read.filter(query) == Self.index.filter(query), "query \(query)")
        }
        for sort in CatalogIndex.Sort.allCases {
            #expect(read.order(by: sort) == Self.index.order(by: sort), "sort \(sort)")
        }
    }

    @Test("prices are not archived; the price sheet or the index being replaced supplies them")
    func pricesLeftOut() throws {
        var priced = Self.index
        #expect(priced.applyPrices(Fixture.prices) == 3)
        var read = try CatalogIndex(archive: priced.archived())
        #expect(read.rows.allSatisfy { $0.price == nil })
        #expect(read.adoptPrices(from: priced) == 3)
        #expect(Array(read.rows) == Array(priced.rows))
    }

    @Test("an index read from an archive takes more SKUs, reusing its stored strings")
    func appendAfterReading() throws {
        var read = try CatalogIndex(archive: Self.index.archived())
        read.append(
            product: Fixture.dsv5,
            skus: [Fixture.sku("0009", product: Fixture.dsv5, arm: "Standard_D4s_v5", region: "US East", armRegion: "eastus", cores: 4, years: 1)])
        #expect(read.count == Self.index.count + 1)
        #expect(read.filter("eastus").count == Self.index.filter("eastus").count + 1)
        #expect(read.firstRow(productID: Fixture.dsv5.id, skuID: "0009") == Self.index.count)
        #expect(read.firstRow(productID: Fixture.dsv5.id, skuID: "0003") == 2)
        #expect(read.firstRow(productID: Fixture.sql.id, skuID: "0001") == nil, "the SKU ID of another product")
    }

    @Test("a cut, altered or foreign archive is refused with an error, never a crash")
    func damagedArchivesThrow() {
        let data = Self.index.archived()
        for length in [0, 5, 30, data.count / 2, data.count - 1] {
            #expect(throws: (any Error).self, "cut to \(length) bytes") { try CatalogIndex(archive: data.prefix(length)) }
        }
        #expect(throws: (any Error).self, "extra bytes") { try CatalogIndex(archive: data + Data([0])) }
        var otherFormat = data
        otherFormat[otherFormat.startIndex + 20] ^= 0xFF  // inside the magic string
        #expect(throws: (any Error).self, "another format") { try CatalogIndex(archive: otherFormat) }
        #expect(throws: (any Error).self, "JSON of the old cache") { try CatalogIndex(archive: Data(#"[{"id":"S1"}]"#.utf8)) }
    }

    @Test("an empty index round-trips")
    func emptyIndex() throws {
        let read = try CatalogIndex(archive: CatalogIndex().archived())
        #expect(read.count == 0)
        #expect(read.filter("x").isEmpty)
    }
}
