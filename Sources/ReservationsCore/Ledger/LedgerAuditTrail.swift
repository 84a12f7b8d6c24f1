import Foundation
import Logging
import PostgresNIO

/// The audit trail in the team ledger: one hash chain for every operator and host.
///
/// An append takes a transaction-level advisory lock on the chain's head, reads the last record and inserts the
/// next one, so concurrent hosts queue instead of forking the chain; `sequence` (primary key) and `previous_hash`
/// (unique) would refuse a fork even without the lock. The operators' role has INSERT and SELECT only on the
/// table: no one who buys can edit, delete or truncate a record (README: GRANTs).
public struct LedgerAuditTrail: AuditTrail {
    /// The advisory lock key of the chain's head ("pcres" + "audit" as a number; any constant the app alone uses).
    static let headLockKey: Int64 = 0x7063_7265_7361_7564

    public let ledger: PostgresLedger

    public init(ledger: PostgresLedger) {
        self.ledger = ledger
    }

    @discardableResult
    public func append(_ record: AuditRecord) async throws -> AuditRecord {
        try await append(record, origin: nil) ?? record
    }

    /// Appends `record`; with an `origin` (``LedgerImport``), nothing when a record of that origin is there already.
    /// - Returns: the stored record, or nil when `origin` was imported before.
    func append(_ record: AuditRecord, origin: String?) async throws -> AuditRecord? {
        let logger = ledger.logger
        return try await ledger.transaction("append to the audit trail") { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(Self.headLockKey))", logger: logger)
            if let origin {
                let rows = try await connection.query("SELECT sequence FROM audit_record WHERE origin = \(origin)", logger: logger)
                for try await _ in rows.decode(Int64.self) { return nil }
            }
            var previous: (sequence: Int, hash: String)?
            let rows = try await connection.query(
                "SELECT sequence, record_hash FROM audit_record ORDER BY sequence DESC LIMIT 1", logger: logger)
            for try await (sequence, hash) in rows.decode((Int64, String).self) { previous = (Int(sequence), hash) }
            let stored = try AuditLog.chained(record, after: previous)
            let json = String(decoding: try AuditLog.encoder.encode(stored), as: UTF8.self)
            try await connection.query(
                """
                INSERT INTO audit_record (sequence, previous_hash, record_hash, record_json, origin)
                VALUES (\(Int64(stored.sequence)), \(stored.previousHash), \(stored.recordHash), \(json), \(origin))
                """, logger: logger)
            return stored
        }
    }

    public func records() async throws -> [AuditRecord] {
        try await lines().compactMap { try? JSONDecoder().decode(AuditRecord.self, from: Data($0.json.utf8)) }
    }

    public func verify() async throws -> AuditVerification {
        let lines = try await lines()
        // The sequence column must match what each record says: a row whose JSON claims another place is a fork.
        if let moved = lines.enumerated().first(where: { $0.element.sequence != $0.offset + 1 }) {
            return AuditVerification(
                recordCount: moved.offset, brokenLine: moved.offset + 1,
                problem: "record \(moved.offset + 1) is missing from the ledger (the next one is numbered \(moved.element.sequence))")
        }
        return AuditLog.verifyChain(lines.map(\.json)).verification
    }

    private func lines() async throws -> [(sequence: Int, json: String)] {
        let logger = ledger.logger
        let rows = try await ledger.reading("read the audit trail") { connection in
            let rows = try await connection.query("SELECT sequence, record_json FROM audit_record ORDER BY sequence", logger: logger)
            var found: [AuditRow] = []
            for try await (sequence, json) in rows.decode((Int64, String).self) { found.append(AuditRow(sequence: Int(sequence), json: json)) }
            return found
        }
        return rows.map { ($0.sequence, $0.json) }
    }
}

/// One stored record, as it crosses tasks.
private struct AuditRow: Sendable {
    var sequence: Int
    var json: String
}
