import Foundation
import PostgresNIO

/// What `pcres ledger status` shows: where records go, the schema version and the last record of each kind.
public struct LedgerStatus: Codable, Hashable, Sendable {
    /// `postgres://user@host:5432/db (TLS)`, or the local files.
    public var destination: String
    public var schemaVersion: Int
    public var expectedVersion: Int
    public var journalEntries: Int
    /// `key by operator at time (stage)` of the newest journal entry.
    public var lastJournalEntry: String?
    public var auditRecords: Int
    /// `#N time operator action outcome` of the newest audit record.
    public var lastAuditRecord: String?

    public init(
        destination: String, schemaVersion: Int, expectedVersion: Int, journalEntries: Int, lastJournalEntry: String?,
        auditRecords: Int, lastAuditRecord: String?
    ) {
        self.destination = destination
        self.schemaVersion = schemaVersion
        self.expectedVersion = expectedVersion
        self.journalEntries = journalEntries
        self.lastJournalEntry = lastJournalEntry
        self.auditRecords = auditRecords
        self.lastAuditRecord = lastAuditRecord
    }

    /// Reads the status of a ledger brought to the current schema.
    public static func read(_ ledger: PostgresLedger) async throws -> LedgerStatus {
        let version = try await LedgerSchema.version(of: ledger)
        guard version > 0 else {
            return LedgerStatus(
                destination: ledger.configuration.description, schemaVersion: 0, expectedVersion: LedgerSchema.currentVersion,
                journalEntries: 0, lastJournalEntry: nil, auditRecords: 0, lastAuditRecord: nil)
        }
        let logger = ledger.logger
        let counts = try await ledger.reading("read the ledger's status") { connection in
            var journal: (Int, String?) = (0, nil)
            let journalRows = try await connection.query(
                """
                SELECT (SELECT count(*) FROM journal_entry),
                       (SELECT intent_id || ' by ' || coalesce(operator_name, '?') || ' at ' || to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') || ' UTC (' || stage || ')'
                          FROM journal_entry ORDER BY updated_at DESC LIMIT 1)
                """, logger: logger)
            for try await (count, last) in journalRows.decode((Int64, String?).self) { journal = (Int(count), last) }
            var audit: (Int, String?) = (0, nil)
            let auditRows = try await connection.query(
                "SELECT (SELECT count(*) FROM audit_record), (SELECT record_json FROM audit_record ORDER BY sequence DESC LIMIT 1)",
                logger: logger)
            for try await (count, last) in auditRows.decode((Int64, String?).self) { audit = (Int(count), last) }
            return StatusCounts(journalEntries: journal.0, lastJournal: journal.1, auditRecords: audit.0, lastAuditJSON: audit.1)
        }
        let lastAudit = counts.lastAuditJSON.flatMap { try? JSONDecoder().decode(AuditRecord.self, from: Data($0.utf8)) }
        return LedgerStatus(
            destination: ledger.configuration.description, schemaVersion: version, expectedVersion: LedgerSchema.currentVersion,
            journalEntries: counts.journalEntries, lastJournalEntry: counts.lastJournal, auditRecords: counts.auditRecords,
            lastAuditRecord: lastAudit.map { "#\($0.sequence) \($0.time) \($0.operatorLogin) \($0.action) \($0.outcome)" })
    }
}

/// The figures read in one connection, as they cross tasks.
private struct StatusCounts: Sendable {
    var journalEntries: Int
    var lastJournal: String?
    var auditRecords: Int
    var lastAuditJSON: String?
}
