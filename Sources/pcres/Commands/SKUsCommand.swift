import ArgumentParser
import PartnerCenter

/// `pcres skus list`.
struct SKUsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "skus", abstract: "List the SKUs of a reservation product.",
        discussion: "Example:\n  pcres skus list <product-id> --country US",
        subcommands: [List.self])

    /// `pcres skus list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List a product's SKUs (one per size, region and term) for a country.",
            discussion: """
                Example:
                  pcres skus list <product-id> --country US --output csv > skus.csv
                """)

        @Argument(help: "The product ID.") var product: String
        @OptionGroup var catalog: CatalogOptions
        @OptionGroup var global: GlobalOptions

        func validate() throws { try ArgumentChecks.identifier(product, name: "PRODUCT") }

        func run() async throws {
            try await CLIRun.run(global) { session in
                let skus = try await session.client.products.byID(ProductID(product)).skus.list(
                    country: catalog.countryCode, reservationScope: catalog.scope)
                return try Listing(
                    json: skus,
                    columns: [.init("ID"), .init("Title"), .init("Size"), .init("Region"), .init("Term"), .init("Inventory"),
                              .init("Min", numeric: true), .init("Max", numeric: true)],
                    rows: skus.map {
                        [$0.id.rawValue, $0.title, $0.armSkuName ?? "", $0.armRegionName ?? "", $0.duration ?? "",
                         $0.requiresInventoryCheck ? "check" : "", $0.minimumQuantity.map(String.init) ?? "",
                         $0.maximumQuantity.map(String.init) ?? ""]
                    },
                    note: "\(skus.count) SKUs")
            }
        }
    }
}
