import ArgumentParser
import PartnerCenter
import ReservationsCore

/// `pcres customers list|show`.
struct CustomersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "customers", abstract: "List customers or show one.",
        discussion: "Examples:\n  pcres customers list --filter contoso\n  pcres customers show <customer-id> --output json",
        subcommands: [List.self, Show.self])

    /// `pcres customers list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List every customer (all pages), optionally those whose company name starts with a prefix.",
            discussion: """
                Examples:
                  pcres customers list
                  pcres customers list --filter tail --output csv > customers.csv
                """)

        @Option(help: "Only customers whose company name starts with this text.") var filter: String?
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CLIRun.run(global) { session in
                let customers = try await session.client.allItems(
                    from: try await session.client.customers.list(size: 500, filter: filter.map { CustomerFilter(startsWith: $0) }))
                return try Listing(
                    json: customers,
                    // The list has no addresses (§4.1); `customers show` has the country and market.
                    columns: [.init("ID"), .init("Name"), .init("Domain"), .init("Relationship")],
                    rows: customers.map {
                        [$0.id.rawValue, $0.name, $0.companyProfile.domain ?? "", $0.relationshipToPartner ?? ""]
                    },
                    note: "\(customers.count) customer\(customers.count == 1 ? "" : "s")")
            }
        }
    }

    /// `pcres customers show`.
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one customer.",
            discussion: "Example:\n  pcres customers show 9f1c2d3e-0000-4000-8000-000000000001")

        @OptionGroup var customer: CustomerArgument
        @OptionGroup var global: GlobalOptions


        func run() async throws {
            try await CLIRun.run(global) { session in
                let value = try await session.client.customers.byID(customer.id).get()
                let address = value.billingProfile?.defaultAddress ?? value.companyProfile.address
                return try Listing(json: value, fields: [
                    ("ID", value.id.rawValue), ("Name", value.name), ("Domain", value.companyProfile.domain),
                    ("Tenant", value.companyProfile.tenantId), ("Country", value.countryCode),
                    ("City", address?.city), ("Relationship", value.relationshipToPartner),
                    ("Reservations", ReservationMarkets.unavailableReason(countryCode: value.countryCode) ?? "sold in this market"),
                ])
            }
        }
    }
}
