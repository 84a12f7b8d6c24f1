import ArgumentParser
import Foundation
import PartnerCenter
import ReservationsCore

/// `pcres reservations list`.
struct ReservationsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reservations", abstract: "List a customer's reservations (entitlements) and when they expire.",
        discussion: "Example:\n  pcres reservations list <customer-id> --expiring-within 30",
        subcommands: [List.self])

    /// `pcres reservations list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List a customer's reservations, soonest expiry first.",
            discussion: """
                Examples:
                  pcres reservations list <customer-id>
                  pcres reservations list <customer-id> --expiring-within 90 --output csv
                """)

        @Argument(help: "The customer ID.") var customer: String
        @Option(help: "Only reservations expiring within this many days from now.") var expiringWithin: Int?
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            try ArgumentChecks.identifier(customer, name: "CUSTOMER")
            if let expiringWithin, expiringWithin < 0 { throw ValidationError("--expiring-within must be 0 or more days.") }
        }

        func run() async throws {
            try await CLIRun.run(global) { session in
                let all = try await session.client.customers.byID(CustomerID(customer)).entitlements.list()
                let now = Date()
                let entitlements = expiringWithin.map { ReservationExpiry.expiring(all, withinDays: $0, now: now) }
                    ?? ReservationExpiry.sortedByExpiry(all)
                return try Listing(
                    json: entitlements,
                    columns: [.init("Order"), .init("Product"), .init("SKU"), .init("Qty", numeric: true), .init("Expires"),
                              .init("Days", numeric: true), .init("Type"), .init("Reservation order")],
                    rows: entitlements.map {
                        [$0.referenceOrder?.id.rawValue ?? "", $0.productId, $0.skuId ?? "", String($0.quantity),
                         Formatting.day($0.expiryDate), ReservationExpiry.daysLeft($0, now: now).map(String.init) ?? "",
                         $0.reservationType ?? "", $0.entitledArtifacts.compactMap(\.resourceId).joined(separator: " ")]
                    },
                    note: "\(entitlements.count) reservations")
            }
        }
    }
}
