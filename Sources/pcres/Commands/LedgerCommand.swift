import ArgumentParser
import Foundation
import PartnerCenter
import ReservationsCore

/// `pcres ledger init|status|import`: the team ledger on PostgreSQL.
struct LedgerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ledger", abstract: "Set up and look at the team ledger (PostgreSQL) that holds the journal and the audit trail.",
        discussion: """
            A profile names the ledger with ledger = "postgres://USER@HOST:PORT/DB" and its password with \
            ledgerPassword = "env:VAR" or "file:PATH"; PCRES_LEDGER and PCRES_LEDGER_PASSWORD override them. \
            Without one, records stay in the local files under $XDG_DATA_HOME/pcres.

            Examples:
              pcres ledger init
              pcres ledger status --output json
              pcres ledger import
            """,
        subcommands: [Init.self, Status.self, Import.self, Bench.self])

    /// `pcres ledger init`.
    struct Init: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create the ledger's tables, or bring them to this version (each migration once).",
            discussion: "Example:\n  PCRES_LEDGER=postgres://pcres_admin@db:5432/pcres pcres ledger init")

        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await LedgerRun.run(global) { ledger in
                let ledger = try LedgerRun.required(ledger)
                let applied = try await LedgerSchema.migrate(ledger)
                return try Listing(
                    json: ["applied": applied, "version": [LedgerSchema.currentVersion]],
                    fields: [
                        ("Ledger", ledger.configuration.description), ("Schema version", String(LedgerSchema.currentVersion)),
                        ("Applied now", applied.isEmpty ? "nothing (up to date)" : applied.map(String.init).joined(separator: ", ")),
                    ])
            }
        }
    }

    /// `pcres ledger status`.
    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show where records go, the schema version and the last record.",
            discussion: "Example:\n  pcres ledger status")

        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await LedgerRun.run(global) { ledger in
                guard let ledger else {
                    let folder = AppPaths().checkoutJournal.deletingLastPathComponent().path
                    return try Listing(
                        json: ["destination": "local files in \(folder)"],
                        fields: [("Records go to", "local files in \(folder) (no ledger configured)")])
                }
                let status = try await LedgerStatus.read(ledger)
                let version = status.schemaVersion == status.expectedVersion
                    ? String(status.schemaVersion)
                    : "\(status.schemaVersion) (this pcres needs \(status.expectedVersion): run pcres ledger init)"
                return try Listing(
                    json: status,
                    fields: [
                        ("Records go to", status.destination), ("Schema version", version),
                        ("Journal entries", String(status.journalEntries)), ("Last journal entry", status.lastJournalEntry ?? "none"),
                        ("Audit records", String(status.auditRecords)), ("Last audit record", status.lastAuditRecord ?? "none"),
                    ])
            }
        }
    }

    /// `pcres ledger import`.
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy this host's local journal and audit log into the ledger (running it again adds nothing).",
            discussion: """
                Journal entries keep their idempotency keys (one already in the ledger is left alone); audit records \
                join the ledger's chain, each remembered by its host and hash. The local files are left in place.

                Example:
                  pcres ledger import
                """)

        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await LedgerRun.run(global) { ledger in
                let ledger = try LedgerRun.required(ledger)
                try await LedgerSchema.requireCurrent(ledger)
                let paths = AppPaths()
                let localJournal = FileManager.default.fileExists(atPath: paths.checkoutJournal.path)
                    ? try CheckoutJournal.open(at: paths.checkoutJournal) : nil
                let report = try await LedgerImport(ledger: ledger).run(
                    localJournal: localJournal, localAudit: AuditLog(url: paths.auditLog), host: ProcessInfo.processInfo.hostName)
                return try Listing(
                    json: report,
                    fields: [
                        ("Journal entries imported", String(report.journalImported)),
                        ("Journal entries already there", String(report.journalAlreadyThere)),
                        ("Audit records imported", String(report.auditImported)),
                        ("Audit records already there", String(report.auditAlreadyThere)),
                    ])
            }
        }
    }

    /// `pcres ledger bench`: hidden; for a test ledger only.
    struct Bench: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure recording an intent plus appending an audit record (writes benchmark records; test ledgers only).",
            shouldDisplay: false)

        @Option(help: "How many intent + audit pairs to write.") var count = 200
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await LedgerRun.run(global) { ledger in
                let ledger = try LedgerRun.required(ledger)
                try await LedgerSchema.requireCurrent(ledger)
                let figures = try await LedgerBenchmark(ledger: ledger, operatorIdentity: .current()).run(count: count)
                return try Listing(
                    json: figures,
                    fields: [
                        ("Pairs", String(figures.count)), ("p50 ms", String(format: "%.2f", figures.p50Milliseconds)),
                        ("p99 ms", String(format: "%.2f", figures.p99Milliseconds)), ("Max ms", String(format: "%.2f", figures.maxMilliseconds)),
                    ])
            }
        }
    }
}
