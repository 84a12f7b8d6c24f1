import Foundation

/// Moves this host's local journal and audit log into the ledger. Idempotent: a journal entry already in the
/// ledger (same idempotency key) is left as it is, and an audit record is re-chained into the ledger's chain once,
/// remembered by its origin (`import:<host>:<local hash>`).
public struct LedgerImport: Sendable {
    /// What an import did.
    public struct Report: Codable, Hashable, Sendable {
        public var journalImported: Int
        public var journalAlreadyThere: Int
        public var auditImported: Int
        public var auditAlreadyThere: Int
    }

    public let journal: LedgerJournal
    public let audit: LedgerAuditTrail

    public init(ledger: PostgresLedger) {
        journal = LedgerJournal(ledger: ledger)
        audit = LedgerAuditTrail(ledger: ledger)
    }

    /// Imports `localJournal` and `localAudit`. The local audit log must verify first: a broken chain is not
    /// carried into the shared one.
    /// - Parameter host: this host's name, part of each imported audit record's origin.
    /// - Throws: ``LedgerError`` when the local audit log is broken or the ledger cannot be written.
    public func run(localJournal: CheckoutJournal?, localAudit: AuditLog, host: String) async throws -> Report {
        var report = Report(journalImported: 0, journalAlreadyThere: 0, auditImported: 0, auditAlreadyThere: 0)
        for entry in try localJournal?.entries() ?? [] {
            let inserted = try await journal.insertIfMissing(entry, history: try localJournal?.history(for: entry.intent.id) ?? [])
            if inserted { report.journalImported += 1 } else { report.journalAlreadyThere += 1 }
        }
        let verification = try localAudit.verify()
        guard verification.isIntact else {
            throw LedgerError(
                "The local audit log \(localAudit.url.path) is broken at line \(verification.brokenLine ?? 0) (\(verification.problem ?? "")); its records were not imported.")
        }
        for record in try localAudit.records() {
            // Imported records keep what they say (time, operator, outcome) and join the ledger's chain.
            var copy = record
            copy.detail = [record.detail, "imported from \(host) audit record \(record.sequence)"].compactMap { $0 }.joined(separator: "; ")
            let stored = try await audit.append(copy, origin: "import:\(host):\(record.recordHash)")
            if stored == nil { report.auditAlreadyThere += 1 } else { report.auditImported += 1 }
        }
        return report
    }
}
