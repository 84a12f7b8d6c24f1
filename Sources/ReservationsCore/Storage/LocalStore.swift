import Foundation
import GRDB

/// The operator's own SQLite file (`$XDG_DATA_HOME/pcres/pcres.sqlite`): cart drafts, the checkout
/// journal and the audit log. WAL mode, so the interface and a script can use it at the same time.
///
/// A file that is not a readable database is moved aside (`pcres.sqlite.corrupt-<time>`) and a new one is
/// started; `movedAside` says so, and callers must tell the operator. Nothing is dropped silently.
public final class LocalStore: Sendable {
    let writer: any DatabaseWriter
    /// Where a corrupt database was moved, when that happened on open.
    public let movedAside: URL?

    /// Opens the store at `url`, or an in-memory one for tests.
    public init(url: URL?) throws {
        guard let url else {
            writer = try DatabaseQueue()
            movedAside = nil
            try Self.migrator.migrate(writer)
            return
        }
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        do {
            writer = try Self.open(url)
            movedAside = nil
        } catch {
            let aside = url.deletingLastPathComponent()
                .appendingPathComponent("\(url.lastPathComponent).corrupt-\(Int(Date().timeIntervalSince1970))")
            try FileManager.default.moveItem(at: url, to: aside)
            for suffix in ["-wal", "-shm"] {
                try? FileManager.default.removeItem(at: URL(fileURLWithPath: url.path + suffix))
            }
            writer = try Self.open(url)
            movedAside = aside
        }
    }

    private static func open(_ url: URL) throws -> DatabasePool {
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        let pool = try DatabasePool(path: url.path, configuration: configuration)
        // Reading the schema proves the file is a database, not just a file with that name.
        try pool.read { db in _ = try db.tableExists("grdb_migrations") }
        try migrator.migrate(pool)
        try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
        return pool
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "cartDraft") { table in
                table.primaryKey("customerId", .text)
                table.column("json", .text).notNull()
                table.column("updatedAt", .datetime).notNull()
            }
            try db.create(table: "checkoutIntent") { table in
                table.primaryKey("id", .text)
                table.column("idempotencyKey", .text).notNull().unique()
                table.column("customerId", .text).notNull()
                table.column("cartId", .text)
                table.column("requestId", .text).notNull()
                table.column("correlationId", .text).notNull()
                table.column("state", .text).notNull()
                table.column("linesJSON", .text).notNull()
                table.column("resultJSON", .text)
                table.column("message", .text)
                table.column("createdAt", .datetime).notNull()
                table.column("updatedAt", .datetime).notNull()
            }
            try db.create(table: "auditRecord") { table in
                table.primaryKey("sequence", .integer)
                table.column("json", .text).notNull()
                table.column("hash", .text).notNull()
            }
        }
        return migrator
    }
}
