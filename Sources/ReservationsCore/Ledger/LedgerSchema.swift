import Foundation
import Logging
import PostgresNIO

/// The ledger's versioned migrations. `pcres ledger init` applies the missing ones in order, each in its own
/// transaction under an advisory lock (two hosts running init at once apply each step once); a ledger at a
/// newer version than this build knows is refused rather than written in a shape it does not understand.
public enum LedgerSchema {
    /// The advisory lock key for migrations.
    static let migrationLockKey: Int64 = 0x7063_7265_735f_6d69

    /// Migration N is `migrations[N - 1]`. Append only: a released step is never edited.
    static let migrations: [[String]] = [
        [
            """
            CREATE TABLE journal_entry (
                intent_id text PRIMARY KEY,
                endpoint text NOT NULL,
                tenant text NOT NULL,
                customer_id text NOT NULL,
                stage text NOT NULL,
                operator_name text,
                created_at timestamptz NOT NULL,
                updated_at timestamptz NOT NULL,
                entry_json text NOT NULL
            )
            """,
            "CREATE INDEX journal_entry_customer ON journal_entry (tenant, customer_id, created_at)",
            """
            CREATE TABLE journal_event (
                id bigserial PRIMARY KEY,
                intent_id text NOT NULL REFERENCES journal_entry (intent_id),
                stage text NOT NULL,
                detail text,
                at timestamptz NOT NULL
            )
            """,
            """
            CREATE TABLE audit_record (
                sequence bigint PRIMARY KEY CHECK (sequence > 0),
                previous_hash text NOT NULL UNIQUE,
                record_hash text NOT NULL UNIQUE,
                record_json text NOT NULL,
                origin text UNIQUE,
                stored_at timestamptz NOT NULL DEFAULT now()
            )
            """,
        ],
    ]

    /// The version this build writes.
    public static var currentVersion: Int { migrations.count }

    /// Applies the missing migrations.
    /// - Returns: the versions applied now (empty when the ledger was up to date).
    /// - Throws: ``LedgerError`` when the ledger is newer than this build, or unreachable.
    @discardableResult
    public static func migrate(_ ledger: PostgresLedger) async throws -> [Int] {
        let logger = ledger.logger
        try await ledger.transaction("create the version table") { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(migrationLockKey))", logger: logger)
            try await connection.query(
                "CREATE TABLE IF NOT EXISTS pcres_schema_version (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())",
                logger: logger)
        }
        var applied: [Int] = []
        for (offset, statements) in migrations.enumerated() {
            let version = offset + 1
            let didApply = try await ledger.transaction("apply migration \(version)") { connection in
                try await connection.query("SELECT pg_advisory_xact_lock(\(migrationLockKey))", logger: logger)
                let found = try await Self.version(connection, logger)
                if found > currentVersion {
                    throw LedgerError("The ledger's schema is at version \(found), newer than this pcres knows (\(currentVersion)); update pcres.")
                }
                guard found < version else { return false }
                for statement in statements { try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger) }
                try await connection.query("INSERT INTO pcres_schema_version (version) VALUES (\(version))", logger: logger)
                return true
            }
            if didApply { applied.append(version) }
        }
        return applied
    }

    /// The schema version of the ledger (0 before `ledger init`).
    public static func version(of ledger: PostgresLedger) async throws -> Int {
        let logger = ledger.logger
        return try await ledger.reading("read the schema version") { try await Self.version($0, logger) }
    }

    /// Refuses a ledger that `pcres ledger init` has not brought to this build's version.
    public static func requireCurrent(_ ledger: PostgresLedger) async throws {
        let found = try await version(of: ledger)
        guard found == currentVersion else {
            throw LedgerError(
                found < currentVersion
                    ? "The ledger \(ledger.configuration) is at schema version \(found), this pcres needs \(currentVersion): run pcres ledger init."
                    : "The ledger's schema is at version \(found), newer than this pcres knows (\(currentVersion)); update pcres.")
        }
    }

    private static func version(_ connection: PostgresConnection, _ logger: Logger) async throws -> Int {
        let exists = try await connection.query("SELECT to_regclass('pcres_schema_version') IS NOT NULL", logger: logger)
        var hasTable = false
        for try await flag in exists.decode(Bool.self) { hasTable = flag }
        guard hasTable else { return 0 }
        let rows = try await connection.query("SELECT coalesce(max(version), 0) FROM pcres_schema_version", logger: logger)
        var version = 0
        for try await value in rows.decode(Int32.self) { version = Int(value) }
        return version
    }
}
