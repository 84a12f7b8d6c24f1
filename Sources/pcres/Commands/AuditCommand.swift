import ArgumentParser
import Foundation
import ReservationsCore

/// `pcres audit list|verify`: the append-only record of purchase and registration attempts.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "List or verify the audit log of purchases and registrations.",
        discussion: """
            The log is $XDG_DATA_HOME/pcres/audit.jsonl, or the team ledger's audit table when the profile (or \
            PCRES_LEDGER) names one. Each record carries the SHA-256 of the one before it, so an edited, removed or \
            reordered record is found by `verify`.

            Examples:
              pcres audit list --output json
              pcres audit verify
            """,
        subcommands: [List.self, Verify.self])

    /// `pcres audit list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the audit records, oldest first.", discussion: "Example:\n  pcres audit list --output csv")

        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await LedgerRun.run(global) { ledger in
                let records = try await LedgerRun.auditTrail(ledger).records()
                return try Listing(
                    json: records,
                    columns: [.init("#", numeric: true), .init("Time"), .init("Operator"), .init("SSH client"), .init("Action"),
                              .init("Customer"), .init("Outcome"), .init("Orders"), .init("Key")],
                    rows: records.map {
                        [String($0.sequence), $0.time, $0.operatorLogin, $0.sshClient ?? "", $0.action, $0.customerID, $0.outcome,
                         $0.orderIDs.joined(separator: " "), $0.intentID ?? ""]
                    },
                    note: Plural.count(records.count, "record"))
            }
        }
    }

    /// `pcres audit verify`.
    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the hash chain; exit code 1 and the broken line when a record was changed.",
            discussion: "Example:\n  pcres audit verify --output json")

        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await LedgerRun.run(global) { ledger in
                let verification = try await LedgerRun.auditTrail(ledger).verify()
                guard verification.isIntact else {
                    throw CLIFailure(
                        .failure, "The audit log is broken at line \(verification.brokenLine ?? 0): \(verification.problem ?? "")", reason: "auditBroken")
                }
                return try Listing(json: verification, fields: [("Records", String(verification.recordCount)), ("Chain", "intact")])
            }
        }
    }
}
