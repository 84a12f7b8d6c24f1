import Foundation
import GRDB
import PartnerCenter

/// The sandbox's state in SQLite. A file database runs in WAL mode so several clients (and a shared
/// training server) can read while one writes; tests use an in-memory database.
public final class SandboxStore: Sendable {
    let writer: any DatabaseWriter
    /// How many customers are seeded on first use.
    public let customerCount: Int
    /// Set when the file was not a readable database and was moved aside for a fresh one: say so to the user.
    public let recoveryNotice: String?

    /// Opens (creating and seeding on first use) the database at `url`, or an in-memory one when nil.
    /// - Throws: `SandboxStoreError` when the file cannot be opened or is not a sandbox database.
    public init(url: URL?, customerCount: Int = SandboxConfiguration.handPickedCustomerCount, now: Date = Date()) throws {
        self.customerCount = max(customerCount, SeedCustomers.entries.count)
        var notice: String?
        do {
            do {
                writer = try Self.openMigrated(url)
            } catch let error as DatabaseError where url != nil && Self.meansUnreadableFile(error) {
                // Only a file SQLite cannot read is replaced, and it is kept for inspection, never overwritten.
                let url = url!
                let reason = error.message ?? error.description
                let aside = url.deletingLastPathComponent()
                    .appendingPathComponent("\(url.lastPathComponent).corrupt-\(Int(now.timeIntervalSince1970))")
                do {
                    try FileManager.default.moveItem(at: url, to: aside)
                    for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: url.path + suffix) }
                } catch {
                    throw SandboxStoreError(path: url.path, reason: "\(reason), and it could not be moved aside: \(error.localizedDescription)")
                }
                notice = "The sandbox database \(url.path) could not be read (\(reason)); it was moved to \(aside.path) and a new sandbox was seeded"
                writer = try Self.openMigrated(url)
            }
            recoveryNotice = notice
            try seedIfEmpty()
        } catch let error as DatabaseError {
            throw SandboxStoreError(path: url?.path ?? ":memory:", reason: error.message ?? error.description)
        }
    }

    /// Opens the file (WAL pool) or an in-memory database, and brings the schema up to date.
    private static func openMigrated(_ url: URL?) throws -> any DatabaseWriter {
        let writer: any DatabaseWriter
        if let url {
            let folder = url.deletingLastPathComponent()
            if !FileManager.default.fileExists(atPath: folder.path) {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            }
            var configuration = Configuration()
            configuration.busyMode = .timeout(5)
            writer = try DatabasePool(path: url.path, configuration: configuration)
            // Sandbox state is the operator's own. The WAL side files were created with the database file's mode
            // before this change of it, so they are set too.
            for path in [url.path, url.path + "-wal", url.path + "-shm"] where FileManager.default.fileExists(atPath: path) {
                try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
            }
        } else {
            writer = try DatabaseQueue()
        }
        try migrator.migrate(writer)
        return writer
    }

    /// SQLite's answers for a file that is not a database or is damaged (as opposed to, say, a locked one).
    private static func meansUnreadableFile(_ error: DatabaseError) -> Bool {
        error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-customers") { db in
            try db.create(table: "customer") { table in
                table.primaryKey("id", .text)
                table.column("ordinal", .integer).notNull().unique()
                table.column("companyName", .text).notNull()
                table.column("domain", .text).notNull()
                table.column("country", .text).notNull()
                table.column("city", .text).notNull()
                table.column("culture", .text).notNull()
                table.column("email", .text).notNull()
                table.column("firstName", .text).notNull()
                table.column("lastName", .text).notNull()
                table.column("relationship", .text).notNull()
                table.column("commerceId", .text).notNull()
            }
            try db.create(index: "customer_name", on: "customer", columns: ["companyName"])
            try db.create(table: "subscription") { table in
                table.primaryKey("id", .text)
                table.column("customerId", .text).notNull().references("customer", onDelete: .cascade)
                table.column("ordinal", .integer).notNull()
                table.column("offerId", .text).notNull()
                table.column("offerName", .text).notNull()
                table.column("friendlyName", .text).notNull()
                table.column("status", .text).notNull()
                table.column("entitlementId", .text)
                table.column("quantity", .integer).notNull()
                table.column("billingCycle", .text).notNull()
                table.column("creationDate", .datetime).notNull()
                table.column("registrationStatus", .text).notNull()
                table.column("registrationReadyAt", .datetime)
            }
            try db.create(index: "subscription_customer", on: "subscription", columns: ["customerId", "ordinal"])
        }
        registerCommerceMigration(&migrator)
        // Partner Center has no open invoice: what earlier sandboxes kept on one becomes unbilled again.
        migrator.registerMigration("v3-unbilled-charges") { db in
            let open = try String.fetchAll(db, sql: "SELECT id FROM invoice WHERE isFinal = 0")
            for invoiceID in open {
                for row in try Row.fetchAll(db, sql: "SELECT id, json FROM invoiceLine WHERE invoiceId = ?", arguments: [invoiceID]) {
                    var item = try WireCoding.value(InvoiceLineItem.self, from: row["json"] as String)
                    item.invoiceNumber = ""
                    try db.execute(
                        sql: "UPDATE invoiceLine SET invoiceId = ?, json = ? WHERE id = ?",
                        arguments: [InvoiceBook.unbilled, try WireCoding.text(item), row["id"] as Int64])
                }
                try db.execute(sql: "DELETE FROM invoice WHERE id = ?", arguments: [invoiceID])
            }
        }
        return migrator
    }

    private func seedIfEmpty() throws {
        try writer.write { db in
            guard try CustomerRecord.fetchCount(db) == 0 else { return }
            let world = SandboxWorld.generate(customerCount: customerCount)
            for customer in world.customers { try customer.insert(db) }
            for subscription in world.subscriptions { try subscription.insert(db) }
        }
    }

    // MARK: - Queries

    /// Customers in list order from `offset`, optionally only those whose name or domain starts with `prefix`.
    func customers(offset: Int, limit: Int, filter: CustomerFilter?) throws -> (items: [CustomerRecord], total: Int) {
        try writer.read { db in
            let request = CustomerRecord.order(Column("ordinal"))
            if let filter {
                // The service matches case-insensitively, including non-ASCII letters, which SQLite's LIKE
                // does not fold; filter in Swift instead (a sandbox has thousands of customers, not millions).
                let prefix = filter.value.lowercased()
                let all = try request.fetchAll(db).filter {
                    (filter.field == .domain ? $0.domain : $0.companyName).lowercased().hasPrefix(prefix)
                }
                return (Array(all.dropFirst(offset).prefix(limit)), all.count)
            }
            let total = try request.fetchCount(db)
            let items = try request.limit(limit, offset: offset).fetchAll(db)
            return (items, total)
        }
    }

    func customer(id: String) throws -> CustomerRecord? {
        try writer.read { db in try CustomerRecord.fetchOne(db, key: id) }
    }

    func subscriptions(customerID: String) throws -> [SubscriptionRecord] {
        try writer.read { db in
            try SubscriptionRecord.filter(Column("customerId") == customerID).order(Column("ordinal")).fetchAll(db)
        }
    }

    /// Deletes everything and seeds again: `pcres sandbox reset`.
    public func reset() throws {
        try writer.write { db in
            for table in ["replayableResponse", "invoiceLine", "invoice", "reservationEntitlement", "purchaseOrder", "cart"] {
                try db.execute(sql: "DELETE FROM \(table)")
            }
            try SubscriptionRecord.deleteAll(db)
            try CustomerRecord.deleteAll(db)
        }
        try seedIfEmpty()
    }
}
