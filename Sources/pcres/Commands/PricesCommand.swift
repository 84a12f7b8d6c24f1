import ArgumentParser
import Foundation
import ReservationsCore
import PartnerCenter

/// `pcres prices list`.
struct PricesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prices", abstract: "The partner price sheet for Azure reservations.",
        discussion: "Example:\n  pcres prices list --country US --output csv > prices.csv",
        subcommands: [List.self])

    /// One price sheet entry as printed in JSON.
    struct Row: Encodable {
        var productId: String
        var skuId: String
        var termDuration: String
        var unitPrice: Decimal
        var currencyCode: String
        var market: String
        var productTitle: String?
        var skuTitle: String?
        var unitOfMeasure: String?
        var armSkuName: String?
        var armRegionName: String?

        init(_ entry: PriceSheetEntry) {
            productId = entry.productID.rawValue
            skuId = entry.skuID.rawValue
            termDuration = entry.termDuration
            unitPrice = entry.unitPrice
            currencyCode = entry.currencyCode
            market = entry.market
            productTitle = entry.productTitle
            skuTitle = entry.skuTitle
            unitOfMeasure = entry.unitOfMeasure
            armSkuName = entry.armSkuName
            armRegionName = entry.armRegionName
        }
    }

    /// `pcres prices list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the partner price of every reservation SKU and term in a market.",
            discussion: """
                Example:
                  pcres prices list --country US --output csv > prices-us.csv
                """)

        @Option(help: "Two-letter market code, e.g. US.") var country: String
        @OptionGroup var global: GlobalOptions

        func validate() throws { _ = try ArgumentChecks.country(country) }

        func run() async throws {
            try await CLIRun.run(global) { session in
                let entries = try await session.client.priceSheet.reservations(market: country.uppercased())
                return try Listing(
                    json: entries.map(Row.init),
                    columns: [.init("Product"), .init("SKU"), .init("Title"), .init("Region"), .init("Term"),
                              .init("Price", numeric: true), .init("Currency")],
                    rows: entries.map {
                        [$0.productID.rawValue, $0.skuID.rawValue, $0.skuTitle ?? $0.productTitle ?? "", $0.armRegionName ?? "",
                         $0.termDuration, Formatting.amount($0.unitPrice), $0.currencyCode]
                    },
                    note: Plural.count(entries.count, "price"))
            }
        }
    }
}
