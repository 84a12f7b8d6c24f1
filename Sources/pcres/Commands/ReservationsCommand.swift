import ArgumentParser
import Foundation
import PartnerCenter
import ReservationsCore

/// `pcres reservations list`.
struct ReservationsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reservations", abstract: "List a customer's reservations (entitlements) and when they expire.",
        discussion: "Example:\n  pcres reservations list <customer-id> --expiring-within 30",
        subcommands: [List.self, Expiring.self])

    /// `pcres reservations list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List a customer's reservations, soonest expiry first.",
            discussion: """
                Examples:
                  pcres reservations list <customer-id>
                  pcres reservations list <customer-id> --expiring-within 90 --output csv
                """)

        @OptionGroup var customer: CustomerArgument
        @Option(help: "Only reservations expiring within this many days from now.") var expiringWithin: Int?
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            if let expiringWithin, expiringWithin < 0 { throw ValidationError("--expiring-within must be 0 or more days.") }
        }

        func run() async throws {
            try await CLIRun.run(global) { session in
                let all = try await session.client.customers.byID(customer.id).entitlements.list()
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
                    note: Plural.count(entitlements.count, "reservation"))
            }
        }
    }

    /// `pcres reservations expiring`: the expiry board of the TUI (E), for scripts.
    struct Expiring: AsyncParsableCommand {
        /// One row of the JSON output.
        struct Row: Encodable {
            var customerId: String
            var customerName: String
            var orderId: String?
            var productId: String
            var skuId: String?
            var quantity: Int
            var expiryDate: String
            var daysLeft: Int
            var reservationOrderIds: [String]
        }

        static let configuration = CommandConfiguration(
            abstract: "Every customer's reservations expiring within 30, 60 or 90 days, soonest first.",
            discussion: """
                Reads each customer's entitlements, four customers at a time. Customers that cannot be read are
                named on stderr and the exit code is 1 (the list printed is partial).

                Example:
                  pcres reservations expiring --days 60 --output json
                """)

        @Option(help: "The window: 30, 60 or 90 days.") var days: Int = 30
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            guard [30, 60, 90].contains(days) else { throw ValidationError("--days must be 30, 60 or 90.") }
        }

        func run() async throws {
            var failures: [String] = []
            try await CLIRun.run(global) { session in
                let now = Date()
                let board = try await ExpiryBoardLoader(directory: CustomerDirectory(client: session.client)).collect(now: now)
                failures = board.failures
                let rows = board.reservations.filter { $0.daysLeft(now: now) <= days }.map { entry in
                    Row(customerId: entry.customerID.rawValue, customerName: entry.customerName,
                        orderId: entry.entitlement.referenceOrder?.id.rawValue, productId: entry.entitlement.productId,
                        skuId: entry.entitlement.skuId, quantity: entry.entitlement.quantity,
                        expiryDate: Formatting.day(entry.expiryDate), daysLeft: entry.daysLeft(now: now),
                        reservationOrderIds: entry.entitlement.entitledArtifacts.compactMap(\.resourceId))
                }
                return try Listing(
                    json: rows,
                    columns: [.init("Expires"), .init("Days", numeric: true), .init("Customer"), .init("Order"), .init("Product"),
                              .init("SKU"), .init("Qty", numeric: true)],
                    rows: rows.map {
                        [$0.expiryDate, String($0.daysLeft), $0.customerName, $0.orderId ?? "", $0.productId, $0.skuId ?? "",
                         String($0.quantity)]
                    },
                    note: "\(Plural.count(rows.count, "reservation")) \(rows.count == 1 ? "expires" : "expire") within \(Plural.count(days, "day")) (\(Plural.count(board.customers, "customer")) read)")
            }
            guard failures.isEmpty else {
                for failure in failures { FileHandle.standardError.write(Data("pcres: not read: \(TerminalText.sanitize(failure))\n".utf8)) }
                throw CLIExitCode.failure.exitCode
            }
        }
    }
}
