import ReservationsCore
import ArgumentParser
import PartnerCenter

/// `pcres products list`.
struct ProductsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "products", abstract: "List the reservation products of a country's catalog.",
        discussion: "Example:\n  pcres products list --country US --view vm",
        subcommands: [List.self])

    /// Which catalog view: all reservations, or VM, SQL or Cosmos DB only.
    enum View: String, CaseIterable, ExpressibleByArgument {
        case all, vm, sql, cosmosdb

        var catalogView: CatalogView {
            switch self {
            case .all: .azureReservations
            case .vm: .azureReservationsVM
            case .sql: .azureReservationsSQL
            case .cosmosdb: .azureReservationsCosmosDB
            }
        }
    }

    /// `pcres products list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List reservation products for a country.",
            discussion: """
                Examples:
                  pcres products list --country US
                  pcres products list --country DE --view sql --azure-plan --output json
                """)

        @OptionGroup var catalog: CatalogOptions
        @Option(help: "Catalog view: all, vm, sql or cosmosdb.") var view: View = .all
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CLIRun.run(global) { session in
                let products = try await session.client.products.list(
                    country: catalog.countryCode, view: view.catalogView, reservationScope: catalog.scope)
                return try Listing(
                    json: products, columns: [.init("ID"), .init("Title"), .init("Type"), .init("Subtype")],
                    rows: products.map { [$0.id.rawValue, $0.title, $0.productType?.id ?? "", $0.subTypeID ?? ""] },
                    note: Plural.count(products.count, "product"))
            }
        }
    }
}
