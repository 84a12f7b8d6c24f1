import Foundation
import Logging
import PostgresNIO

/// The checkout journal in the team ledger: every operator on every host records into one table, so a purchase
/// of the same item for the same customer made from another jump host is seen at once, not 15 minutes later.
///
/// Each entry is kept whole as JSON (the same `CheckoutJournalEntry` the SQLite journal returns) beside the
/// columns the ledger searches by. Recording an intent takes a transaction-level advisory lock on (tenant,
/// customer): the duplicate check and the insert of two hosts cannot interleave.
public struct LedgerJournal: JournalStore {
    public let ledger: PostgresLedger

    public init(ledger: PostgresLedger) {
        self.ledger = ledger
    }

    public func entries() async throws -> [CheckoutJournalEntry] {
        let logger = ledger.logger
        return try await ledger.reading("read the journal") { connection in
            let rows = try await connection.query(
                "SELECT entry_json FROM journal_entry ORDER BY created_at, intent_id", logger: logger)
            var found: [CheckoutJournalEntry] = []
            for try await json in rows.decode(String.self) { found.append(try Self.decode(json)) }
            return found
        }
    }

    public func entry(for intentID: String) async throws -> CheckoutJournalEntry? {
        let logger = ledger.logger
        return try await ledger.reading("read the journal") { connection in
            let rows = try await connection.query("SELECT entry_json FROM journal_entry WHERE intent_id = \(intentID)", logger: logger)
            for try await json in rows.decode(String.self) { return try Self.decode(json) }
            return nil
        }
    }

    public func history(for intentID: String) async throws -> [(stage: CheckoutStage, detail: String?, at: Date)] {
        let logger = ledger.logger
        let events = try await ledger.reading("read the journal") { connection in
            let rows = try await connection.query(
                "SELECT stage, detail, at FROM journal_event WHERE intent_id = \(intentID) ORDER BY id", logger: logger)
            var found: [LedgerEvent] = []
            for try await (stage, detail, at) in rows.decode((String, String?, Date).self) {
                found.append(LedgerEvent(stage: CheckoutStage(rawValue: stage) ?? .failed, detail: detail, at: at))
            }
            return found
        }
        return events.map { ($0.stage, $0.detail, $0.at) }
    }

    public func record(
        _ intent: PurchaseIntent, scope: JournalScope?, confirmed: Bool, operatorName: String?, now: Date,
        guardingDuplicatesSince: Date?
    ) async throws -> CheckoutJournalEntry {
        let logger = ledger.logger
        return try await ledger.transaction("record the purchase") { connection in
            let tenant = scope?.tenant ?? ""
            let customer = intent.customerID.rawValue
            // Held until COMMIT or ROLLBACK: one recording at a time per (tenant, customer), whatever the host.
            try await connection.query("SELECT pg_advisory_xact_lock(hashtext(\(tenant)), hashtext(\(customer)))", logger: logger)
            let existing = try await Self.lockedEntry(intent.id, connection, logger)
            let confirming = try existing?.resumption(by: intent, scope: scope, confirmed: confirmed) ?? confirmed
            if let since = guardingDuplicatesSince, confirming {
                let rows = try await connection.query(
                    "SELECT entry_json FROM journal_entry WHERE tenant = \(tenant) AND customer_id = \(customer) AND created_at >= \(since)",
                    logger: logger)
                var recent: [CheckoutJournalEntry] = []
                for try await json in rows.decode(String.self) { recent.append(try Self.decode(json)) }
                let found = DuplicatePurchase.journaled(in: recent, for: intent, scope: scope, since: since)
                if !found.isEmpty { throw JournalDuplicateRefusal(duplicates: found) }
            }
            if var entry = existing {
                if confirming {
                    entry.isCheckoutConfirmed = true
                    try await Self.store(entry, connection, logger, now: now)
                    try await Self.event(intent.id, entry.stage, "checkout confirmed by \(operatorName ?? "the operator")", now, connection, logger)
                }
                return entry
            }
            let entry = CheckoutJournalEntry(
                intent: intent, stage: .intentRecorded, cartRequestID: intent.requestID(for: "cart"), updatedAt: now, scope: scope,
                isCheckoutConfirmed: confirmed, operatorName: operatorName)
            try await Self.insert(entry, connection, logger)
            try await Self.event(intent.id, .intentRecorded, "cart request \(entry.cartRequestID)", now, connection, logger)
            return entry
        }
    }

    public func advance(
        _ intentID: String, to stage: CheckoutStage, detail: String, now: Date,
        change: @escaping @Sendable (inout CheckoutJournalEntry) throws -> Void
    ) async throws -> CheckoutJournalEntry {
        let logger = ledger.logger
        return try await ledger.transaction("record the purchase's \(stage.rawValue) stage") { connection in
                guard var entry = try await Self.lockedEntry(intentID, connection, logger) else {
                    throw CheckoutJournalError("No journal entry for intent \(intentID).")
                }
                guard entry.stage.allows(stage) else {
                    throw CheckoutJournalError("Intent \(intentID) cannot go from \(entry.stage.rawValue) to \(stage.rawValue).")
                }
                try change(&entry)
                entry.stage = stage
                entry.updatedAt = now
                try await Self.store(entry, connection, logger, now: now)
                try await Self.event(intentID, stage, detail, now, connection, logger)
                return entry
            }
    }

    /// Inserts an entry as it is (``LedgerImport``): nothing when its key is already in the ledger.
    /// - Returns: true when it was inserted.
    func insertIfMissing(_ entry: CheckoutJournalEntry, history: [(stage: CheckoutStage, detail: String?, at: Date)]) async throws -> Bool {
        let logger = ledger.logger
        let events = history.map { LedgerEvent(stage: $0.stage, detail: $0.detail, at: $0.at) }
        return try await ledger.transaction("import a journal entry") { connection in
            guard try await Self.lockedEntry(entry.intent.id, connection, logger) == nil else { return false }
            try await Self.insert(entry, connection, logger)
            for event in events { try await Self.event(entry.intent.id, event.stage, event.detail, event.at, connection, logger) }
            return true
        }
    }

    // MARK: - Rows

    private static func lockedEntry(_ intentID: String, _ connection: PostgresConnection, _ logger: Logger) async throws -> CheckoutJournalEntry? {
        let rows = try await connection.query("SELECT entry_json FROM journal_entry WHERE intent_id = \(intentID) FOR UPDATE", logger: logger)
        for try await json in rows.decode(String.self) { return try decode(json) }
        return nil
    }

    private static func insert(_ entry: CheckoutJournalEntry, _ connection: PostgresConnection, _ logger: Logger) async throws {
        let json = try encode(entry)
        try await connection.query(
            """
            INSERT INTO journal_entry (intent_id, endpoint, tenant, customer_id, stage, operator_name, created_at, updated_at, entry_json)
            VALUES (\(entry.intent.id), \(entry.scope?.endpoint ?? ""), \(entry.scope?.tenant ?? ""), \(entry.intent.customerID.rawValue),
                    \(entry.stage.rawValue), \(entry.operatorName), \(entry.intent.createdAt), \(entry.updatedAt), \(json))
            """, logger: logger)
    }

    private static func store(_ entry: CheckoutJournalEntry, _ connection: PostgresConnection, _ logger: Logger, now: Date) async throws {
        let json = try encode(entry)
        try await connection.query(
            "UPDATE journal_entry SET stage = \(entry.stage.rawValue), updated_at = \(now), entry_json = \(json) WHERE intent_id = \(entry.intent.id)",
            logger: logger)
    }

    private static func event(
        _ intentID: String, _ stage: CheckoutStage, _ detail: String?, _ at: Date, _ connection: PostgresConnection, _ logger: Logger
    ) async throws {
        try await connection.query(
            "INSERT INTO journal_event (intent_id, stage, detail, at) VALUES (\(intentID), \(stage.rawValue), \(detail), \(at))", logger: logger)
    }

    private static func encode(_ entry: CheckoutJournalEntry) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(entry), as: UTF8.self)
    }

    private static func decode(_ json: String) throws -> CheckoutJournalEntry {
        try JSONDecoder().decode(CheckoutJournalEntry.self, from: Data(json.utf8))
    }
}

/// One row of `journal_event`, as a value that crosses tasks.
private struct LedgerEvent: Sendable {
    var stage: CheckoutStage
    var detail: String?
    var at: Date
}
