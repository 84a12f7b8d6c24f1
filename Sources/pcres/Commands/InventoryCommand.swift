import ArgumentParser
import PartnerCenter

/// `pcres inventory check`.
struct InventoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inventory", abstract: "Check reservation inventory for a product or SKU in a region.",
        discussion: "Example:\n  pcres inventory check <product-id> <sku-id> --country US --customer <id> --subscription <id> --region eastus",
        subcommands: [Check.self])

    /// `pcres inventory check`.
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check whether a product (or one SKU) can be bought in a region for a subscription.",
            discussion: """
                Prints one row per item with whether it is restricted and why. Exit code 0 even when restricted; \
                read the Restricted column (or isRestricted in JSON).

                Example:
                  pcres inventory check <product-id> <sku-id> --country US --customer <id> --subscription <id> --region eastus
                """)

        @Argument(help: "The product ID.") var product: String
        @Argument(help: "The SKU ID (optional: all the product's SKUs).") var sku: String?
        @Option(help: "Two-letter country code, e.g. US.") var country: String
        @Option(help: "The customer ID.") var customer: String
        @Option(help: "The Azure subscription ID.") var subscription: String
        @Option(help: "The Azure region (armRegionName), e.g. eastus.") var region: String
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            _ = try ArgumentChecks.country(country)
            try ArgumentChecks.identifier(product, name: "PRODUCT")
            if let sku { try ArgumentChecks.identifier(sku, name: "SKU") }
            try ArgumentChecks.identifier(customer, name: "--customer")
            try ArgumentChecks.identifier(subscription, name: "--subscription")
            try ArgumentChecks.identifier(region, name: "--region")
        }

        func run() async throws {
            try await CLIRun.run(global) { session in
                let request = InventoryCheckRequest(
                    targetItems: [.init(productID: ProductID(product), skuID: sku.map { SKUID($0) })],
                    customerID: CustomerID(customer), azureSubscriptionID: subscription, armRegionName: region)
                let items = try await session.client.extensions.checkInventory(request, country: country.uppercased())
                return try Listing(
                    json: items, columns: [.init("Product"), .init("SKU"), .init("Restricted"), .init("Reasons")],
                    rows: items.map { item in
                        [item.productID.rawValue, item.skuID?.rawValue ?? "", Formatting.yesNo(item.isRestricted),
                         item.restrictions.map { $0.description ?? $0.reasonCode ?? "" }.joined(separator: "; ")]
                    })
            }
        }
    }
}
