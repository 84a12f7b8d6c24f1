import ArgumentParser
import PartnerCenter

/// `pcres availabilities list`.
struct AvailabilitiesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "availabilities", abstract: "List the availabilities (catalog item IDs) of a SKU.",
        discussion: "Example:\n  pcres availabilities list <product-id> <sku-id> --country US",
        subcommands: [List.self])

    /// `pcres availabilities list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List a SKU's availabilities for a country, with terms and currency.",
            discussion: """
                Example:
                  pcres availabilities list <product-id> <sku-id> --country US --azure-plan --output json
                """)

        @Argument(help: "The product ID.") var product: String
        @Argument(help: "The SKU ID.") var sku: String
        @OptionGroup var catalog: CatalogOptions
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            try ArgumentChecks.identifier(product, name: "PRODUCT")
            try ArgumentChecks.identifier(sku, name: "SKU")
        }

        func run() async throws {
            try await CLIRun.run(global) { session in
                let availabilities = try await session.client.products.byID(ProductID(product)).skus.byID(SKUID(sku))
                    .availabilities.list(country: catalog.countryCode, reservationScope: catalog.scope)
                return try Listing(
                    json: availabilities,
                    columns: [.init("ID"), .init("Catalog item"), .init("Terms"), .init("Currency"), .init("Purchasable")],
                    rows: availabilities.map {
                        [$0.id.rawValue, $0.catalogItemID.rawValue, $0.terms.map(\.duration).joined(separator: " "),
                         $0.defaultCurrency?.code ?? "", Formatting.yesNo($0.isPurchasable)]
                    })
            }
        }
    }
}
