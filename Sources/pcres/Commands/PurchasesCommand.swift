import ArgumentParser
import Foundation
import PartnerCenter
import ReservationsCore

/// `pcres purchases list|check`: what the checkout journal holds, and where a purchase stands. Only reads: a
/// purchase is finished by re-running the command that was confirmed (`buy … --yes --idempotency-key K`,
/// `cart checkout … --yes`), never by recovery.
struct PurchasesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "purchases", abstract: "List journaled purchases and look into one (reads only; buys nothing).",
        discussion: """
            Examples:
              pcres purchases list
              pcres purchases check change-4711 --output json
            """,
        subcommands: [List.self, Check.self])

    /// One journal entry as a row and a document.
    struct Row: Encodable {
        var idempotencyKey: String
        var kind: String
        var customerID: String
        var lines: Int
        var stage: String
        var cartID: String?
        var profile: String?
        var operatorName: String?
        var updatedAt: Date

        init(_ entry: CheckoutJournalEntry, kind: String) {
            idempotencyKey = entry.intent.id
            self.kind = kind
            customerID = entry.intent.customerID.rawValue
            lines = entry.intent.lines.count
            stage = entry.stage.rawValue
            cartID = entry.cartID?.rawValue
            profile = entry.scope?.profile ?? entry.intent.profile
            operatorName = entry.operatorName
            updatedAt = entry.updatedAt
        }

        var cells: [String] {
            [idempotencyKey, kind, customerID, String(lines), stage, cartID ?? "", profile ?? "", updatedAt.formatted(.iso8601)]
        }
    }

    /// `pcres purchases list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Unfinished checkouts, open carts (from cart create) and other profiles' entries.",
            discussion: "Example:\n  pcres purchases list --output json")

        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CLIRun.run(global) { session in
                let service = try await PurchaseRun.service(session)
                let rows = try await service.unfinished().map { Row($0, kind: "unfinished checkout") }
                    + (try await service.openCarts()).map { Row($0, kind: "open cart") }
                    + (try await service.otherScopes()).map { Row($0, kind: "other profile") }
                return try Listing(
                    json: rows,
                    columns: ["Key", "Kind", "Customer", "Lines", "Stage", "Cart", "Profile", "Updated"].map { Listing.Column($0) },
                    rows: rows.map(\.cells),
                    note: rows.isEmpty ? "Nothing unsettled in the journal." : "pcres purchases check KEY looks into one; nothing is sent.")
            }
        }
    }

    /// `pcres purchases check`.
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Look into a journaled purchase: the cart and the orders, read only.",
            discussion: """
                Says exactly what was seen: completed, already placed (order found), cart active, cart ordered \
                (order not listed yet), nothing bought, or unknown with the time to check again (Partner Center \
                lists new orders up to 15 minutes late). Exit code 0 when settled, 9 when it must be checked again.

                Example:
                  pcres purchases check change-4711
                """)

        @Argument(help: "The idempotency key.") var key: String
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            try ArgumentChecks.identifier(key, name: "KEY")
        }

        /// The finding as a document.
        struct Document: Encodable {
            var idempotencyKey: String
            var state: String
            var message: String
            var orderIDs: [String]
            var cartID: String?
            var canContinue: Bool
        }

        func run() async throws {
            try await CLIRun.run(global) { session in
                let service = try await PurchaseRun.service(session)
                let finding: PurchaseFinding
                do {
                    finding = try await service.inspect(key)
                } catch let error as PurchaseError {
                    throw PurchaseRun.failure(error, format: global.output)
                }
                let document = Document(
                    idempotencyKey: key, state: Self.name(finding.state), message: finding.message,
                    orderIDs: finding.entry.orderIDs.map(\.rawValue), cartID: finding.entry.cartID?.rawValue, canContinue: finding.canContinue)
                var fields: [(String, String?)] = [
                    ("State", document.state), ("Finding", finding.message), ("Customer", finding.entry.intent.customerID.rawValue),
                    ("Cart", document.cartID), ("Profile", finding.entry.scope?.description),
                ]
                if finding.canContinue {
                    fields.append(("To buy it", "re-run the confirmed command with --idempotency-key \(key) (or cart checkout … --yes)"))
                }
                return try Listing(json: document, fields: fields)
            }
        }

        static func name(_ state: PurchaseFinding.State) -> String {
            switch state {
            case .completed: "completed"
            case .failed: "failed"
            case .placed: "placed"
            case .cartActive: "cartActive"
            case .cartOrdered: "cartOrdered"
            case .checkoutNeverSent: "checkoutNeverSent"
            case .nothingBought: "nothingBought"
            case .unknown: "unknown"
            case .otherScope: "otherScope"
            }
        }
    }
}
