import ArgumentParser
import Foundation
import ReservationsCore

/// `pcres audit list|verify`: the append-only record of purchase and registration attempts.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "List or verify the audit log of purchases and registrations.",
        discussion: """
            The log is $XDG_DATA_HOME/pcres/audit.jsonl. Each record carries the SHA-256 of the one before it, so \
            an edited, removed or reordered record is found by `verify`.

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
            let printer = OutputPrinter(format: global.output)
            do {
                let records = try AuditLog(url: AppPaths().auditLog).records()
                try printer.print(try Listing(
                    json: records,
                    columns: [.init("#", numeric: true), .init("Time"), .init("Operator"), .init("SSH client"), .init("Action"),
                              .init("Customer"), .init("Outcome"), .init("Orders"), .init("Key")],
                    rows: records.map {
                        [String($0.sequence), $0.time, $0.operatorLogin, $0.sshClient ?? "", $0.action, $0.customerID, $0.outcome,
                         $0.orderIDs.joined(separator: " "), $0.intentID ?? ""]
                    },
                    note: Plural.count(records.count, "record")))
            } catch {
                let failure = CLIFailure(.failure, "Could not read the audit log: \(error)", reason: "failure")
                printer.report(failure)
                throw failure.code.exitCode
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
            let printer = OutputPrinter(format: global.output)
            let verification: AuditVerification
            do {
                verification = try AuditLog(url: AppPaths().auditLog).verify()
            } catch {
                let failure = CLIFailure(.failure, "Could not read the audit log: \(error)", reason: "failure")
                printer.report(failure)
                throw failure.code.exitCode
            }
            guard verification.isIntact else {
                let failure = CLIFailure(
                    .failure, "The audit log is broken at line \(verification.brokenLine ?? 0): \(verification.problem ?? "")", reason: "auditBroken")
                printer.report(failure)
                throw failure.code.exitCode
            }
            try printer.print(try Listing(
                json: verification, fields: [("Records", String(verification.recordCount)), ("Chain", "intact")]))
        }
    }
}
