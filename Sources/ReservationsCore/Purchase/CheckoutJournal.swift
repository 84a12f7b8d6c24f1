import Foundation
import GRDB
import PartnerCenter

/// The SQLite record of every purchase, written before each request is sent, so that a crash or timeout can be
/// resolved later without buying twice.
///
/// ```swift
/// let journal = try CheckoutJournal.open(at: paths.checkoutJournal)
/// if let notice = journal.recoveryNotice { print(notice) }   // a corrupt file was moved aside
/// ```
public final class CheckoutJournal: JournalStore {
    /// The journal file.
    public let url: URL
    /// Set when the file at `url` was unreadable and was moved aside: says where it went.
    public let recoveryNotice: String?
    private let queue: DatabaseQueue

    private init(url: URL, queue: DatabaseQueue, recoveryNotice: String?) {
        self.url = url
        self.queue = queue
        self.recoveryNotice = recoveryNotice
    }

    /// Opens (or creates) the journal at `url`. A file that is not a readable journal is renamed to
    /// `<name>.corrupt-<timestamp>` and a new journal is started; `recoveryNotice` then says so.
    /// - Throws: when the folder cannot be created or the file cannot be moved aside.
    public static func open(at url: URL, now: Date = Date()) throws -> CheckoutJournal {
        try LocalFileTrust.prepareFolder(url.deletingLastPathComponent())
        try LocalFileTrust.requireOwnFile(url, what: "The checkout journal")
        do {
            return CheckoutJournal(url: url, queue: try openQueue(url), recoveryNotice: nil)
        } catch {
            let stamp = ISO8601DateFormatter.string(from: now, timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withYear, .withMonth, .withDay, .withTime, .withTimeZone])
                .replacingOccurrences(of: ":", with: "")
            let aside = url.deletingLastPathComponent().appendingPathComponent("\(url.lastPathComponent).corrupt-\(stamp)")
            try FileManager.default.moveItem(at: url, to: aside)
            for suffix in ["-wal", "-shm"] {
                let sidecar = URL(fileURLWithPath: url.path + suffix)
                if FileManager.default.fileExists(atPath: sidecar.path) {
                    try? FileManager.default.moveItem(at: sidecar, to: URL(fileURLWithPath: aside.path + suffix))
                }
            }
            let notice = "The checkout journal \(url.path) could not be read (\(error)); it was moved to \(aside.path) and a new journal was started. Check that file for purchases that were in progress."
            return CheckoutJournal(url: url, queue: try openQueue(url), recoveryNotice: notice)
        }
    }

    private static func openQueue(_ url: URL) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        let queue = try DatabaseQueue(path: url.path, configuration: configuration)
        // Only this account reads or writes what it is about to buy, whatever the umask.
        try LocalFileTrust.restrictToOwner(url)
        try queue.write { db in
            // Reading the schema fails on a file that is not SQLite; quick_check finds damaged pages.
            let check = try String.fetchOne(db, sql: "PRAGMA quick_check") ?? "?"
            guard check == "ok" else { throw CheckoutJournalError("integrity check says \(check)") }
            try db.execute(sql: """
                CREATE TABLE IF NOT EXISTS checkout_journal (
                    intentID TEXT PRIMARY KEY NOT NULL,
                    customerID TEXT NOT NULL,
                    stage TEXT NOT NULL,
                    intentJSON TEXT NOT NULL,
                    cartRequestID TEXT NOT NULL,
                    cartID TEXT,
                    checkoutRequestID TEXT,
                    orderIDs TEXT NOT NULL DEFAULT '[]',
                    note TEXT,
                    checkoutAttempts INTEGER NOT NULL DEFAULT 0,
                    createdAt DOUBLE NOT NULL,
                    updatedAt DOUBLE NOT NULL
                );
                CREATE TABLE IF NOT EXISTS checkout_event (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    intentID TEXT NOT NULL,
                    stage TEXT NOT NULL,
                    detail TEXT,
                    at DOUBLE NOT NULL
                );
                """)
            if try String.fetchOne(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'checkout_journal'") == nil {
                throw CheckoutJournalError("the checkout_journal table is missing")
            }
            // Columns added later: older journals get them with the values that keep their entries safe (no scope:
            // never finished under any profile; confirmed: they were all made by `buy` or BUY).
            let columns = Set(try Row.fetchAll(db, sql: "PRAGMA table_info(checkout_journal)").map { $0["name"] as String })
            for (name, type) in [
                ("scopeJSON", "TEXT"), ("checkoutConfirmed", "INTEGER NOT NULL DEFAULT 1"), ("operatorName", "TEXT"),
                ("lastCheckoutSentAt", "DOUBLE"),
            ] where !columns.contains(name) {
                try db.execute(sql: "ALTER TABLE checkout_journal ADD COLUMN \(name) \(type)")
            }
        }
        return queue
    }

    // MARK: - Reading

    /// The entry for an intent ID (idempotency key), or nil.
    public func entry(for intentID: String) throws -> CheckoutJournalEntry? {
        try queue.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM checkout_journal WHERE intentID = ?", arguments: [intentID]).map(Self.entry(from:))
        }
    }

    /// Every entry, oldest first.
    public func entries() throws -> [CheckoutJournalEntry] {
        try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM checkout_journal ORDER BY createdAt, intentID").map(Self.entry(from:))
        }
    }

    /// The stages an intent went through, oldest first, with their details.
    public func history(for intentID: String) throws -> [(stage: CheckoutStage, detail: String?, at: Date)] {
        try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT stage, detail, at FROM checkout_event WHERE intentID = ? ORDER BY id", arguments: [intentID])
                .map { row -> (stage: CheckoutStage, detail: String?, at: Date) in
                    let stage: String = row["stage"]
                    let detail: String? = row["detail"]
                    let at: Double = row["at"]
                    return (CheckoutStage(rawValue: stage) ?? .failed, detail, Date(timeIntervalSince1970: at))
                }
        }
    }

    // MARK: - Writing

    /// Records a new intent (`intentRecorded`) and returns its entry; an intent already journaled under the same key
    /// is returned unchanged when it asks for the same purchase. SQLite's write lock makes the duplicate check and the
    /// insert one step for every process on this host.
    /// - Throws: `CheckoutJournalError` when the key was used for a different purchase; `JournalDuplicateRefusal`
    ///   (see ``JournalStore``).
    ///   - scope: the profile, endpoint and tenant; an existing entry of another scope is refused.
    ///   - confirmed: whether the operator confirmed a checkout (false for `cart create`); a later confirmation of
    ///     the same intent marks the entry confirmed.
    @discardableResult
    public func record(
        _ intent: PurchaseIntent, scope: JournalScope? = nil, confirmed: Bool = true, operatorName: String? = nil, now: Date = Date(),
        guardingDuplicatesSince: Date? = nil
    ) throws -> CheckoutJournalEntry {
        try queue.write { db in
            let existingRow = try Row.fetchOne(db, sql: "SELECT * FROM checkout_journal WHERE intentID = ?", arguments: [intent.id])
            let existing = try existingRow.map(Self.entry(from:))
            let confirming = try existing?.resumption(by: intent, scope: scope, confirmed: confirmed) ?? confirmed
            if let since = guardingDuplicatesSince, confirming {
                let recent = try Row.fetchAll(
                    db, sql: "SELECT * FROM checkout_journal WHERE customerID = ? AND createdAt >= ?",
                    arguments: [intent.customerID.rawValue, since.timeIntervalSince1970]
                ).map(Self.entry(from:))
                let found = DuplicatePurchase.journaled(in: recent, for: intent, scope: scope, since: since)
                if !found.isEmpty { throw JournalDuplicateRefusal(duplicates: found) }
            }
            if var entry = existing {
                if confirming {
                    try db.execute(sql: "UPDATE checkout_journal SET checkoutConfirmed = 1, updatedAt = ? WHERE intentID = ?",
                                   arguments: [now.timeIntervalSince1970, intent.id])
                    try Self.event(db, intent.id, entry.stage, "checkout confirmed by \(operatorName ?? "the operator")", now)
                    entry.isCheckoutConfirmed = true
                }
                return entry
            }
            let entry = CheckoutJournalEntry(
                intent: intent, stage: .intentRecorded, cartRequestID: intent.requestID(for: "cart"), updatedAt: now, scope: scope,
                isCheckoutConfirmed: confirmed, operatorName: operatorName)
            try db.execute(
                sql: """
                    INSERT INTO checkout_journal (intentID, customerID, stage, intentJSON, cartRequestID, createdAt, updatedAt,
                        scopeJSON, checkoutConfirmed, operatorName)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    intent.id, intent.customerID.rawValue, entry.stage.rawValue, try Self.json(intent), entry.cartRequestID.rawValue,
                    now.timeIntervalSince1970, now.timeIntervalSince1970, try scope.map(Self.json), confirmed, operatorName,
                ])
            try Self.event(db, intent.id, .intentRecorded, "cart request \(entry.cartRequestID)", now)
            return entry
        }
    }

    /// Moves an intent to `stage` (see ``JournalStore``).
    @discardableResult
    public func advance(
        _ intentID: String, to stage: CheckoutStage, detail: String, now: Date,
        change: @escaping @Sendable (inout CheckoutJournalEntry) throws -> Void
    ) throws -> CheckoutJournalEntry {
        try queue.write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM checkout_journal WHERE intentID = ?", arguments: [intentID]) else {
                throw CheckoutJournalError("No journal entry for intent \(intentID).")
            }
            var entry = try Self.entry(from: row)
            guard entry.stage.allows(stage) else {
                throw CheckoutJournalError("Intent \(intentID) cannot go from \(entry.stage.rawValue) to \(stage.rawValue).")
            }
            try change(&entry)
            entry.stage = stage
            entry.updatedAt = now
            try db.execute(
                sql: """
                    UPDATE checkout_journal SET stage = ?, cartID = ?, checkoutRequestID = ?, orderIDs = ?, note = ?,
                        checkoutAttempts = ?, updatedAt = ?, lastCheckoutSentAt = ? WHERE intentID = ?
                    """,
                arguments: [
                    stage.rawValue, entry.cartID?.rawValue, entry.checkoutRequestID?.rawValue, try Self.json(entry.orderIDs),
                    entry.note, entry.checkoutAttempts, now.timeIntervalSince1970, entry.lastCheckoutSentAt?.timeIntervalSince1970, intentID,
                ])
            try Self.event(db, intentID, stage, detail, now)
            return entry
        }
    }

    // MARK: - Rows

    private static func event(_ db: Database, _ intentID: String, _ stage: CheckoutStage, _ detail: String?, _ now: Date) throws {
        try db.execute(
            sql: "INSERT INTO checkout_event (intentID, stage, detail, at) VALUES (?, ?, ?, ?)",
            arguments: [intentID, stage.rawValue, detail, now.timeIntervalSince1970])
    }

    private static func json<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    private static func entry(from row: Row) throws -> CheckoutJournalEntry {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let intentJSON: String = row["intentJSON"]
        let orderJSON: String = row["orderIDs"]
        let stageText: String = row["stage"]
        guard let stage = CheckoutStage(rawValue: stageText) else {
            throw CheckoutJournalError("Unknown journal stage \(stageText).")
        }
        let cartRequestID: String = row["cartRequestID"]
        let cartID: String? = row["cartID"]
        let checkoutRequestID: String? = row["checkoutRequestID"]
        let note: String? = row["note"]
        let attempts: Int = row["checkoutAttempts"]
        let updatedAt: Double = row["updatedAt"]
        let scopeJSON: String? = row["scopeJSON"]
        let confirmed: Bool = row["checkoutConfirmed"] ?? true
        let operatorName: String? = row["operatorName"]
        let sentAt: Double? = row["lastCheckoutSentAt"]
        let intent = try decoder.decode(PurchaseIntent.self, from: Data(intentJSON.utf8))
        let orderIDs = try decoder.decode([OrderID].self, from: Data(orderJSON.utf8))
        return CheckoutJournalEntry(
            intent: intent, stage: stage, cartRequestID: RequestID(cartRequestID), cartID: cartID.map { CartID($0) },
            checkoutRequestID: checkoutRequestID.map { RequestID($0) }, orderIDs: orderIDs, note: note, checkoutAttempts: attempts,
            updatedAt: Date(timeIntervalSince1970: updatedAt), scope: try scopeJSON.map { try decoder.decode(JournalScope.self, from: Data($0.utf8)) },
            isCheckoutConfirmed: confirmed, operatorName: operatorName, lastCheckoutSentAt: sentAt.map(Date.init(timeIntervalSince1970:)))
    }
}
