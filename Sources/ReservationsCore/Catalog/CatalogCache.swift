import Foundation
import GRDB
import PartnerCenter

/// A local SQLite copy of the catalogs already loaded, so a country's catalog opens at once the second time.
///
/// One entry per country, view and scope: the catalog's ``CatalogIndex`` as its tables (see
/// `CatalogIndex+Archive.swift`), with the time it was fetched. ``CatalogLoader`` serves an entry younger than
/// ``maximumAge`` first and refreshes it in the background once it is older than the loader's `refreshAfter`.
///
/// ```swift
/// let cache = try CatalogCache(url: AppPaths().catalogCache(profile: "default"))
/// let loader = CatalogLoader(client: client, cache: cache)
/// ```
public final class CatalogCache: @unchecked Sendable {  // the database queue is thread-safe; `refreshing` is behind `lock`
    /// What an entry is for.
    public struct Key: Hashable, Sendable {
        public var country: String
        public var view: CatalogView
        public var scope: ReservationScope?

        public init(country: String, view: CatalogView, scope: ReservationScope?) {
            self.country = country.uppercased()
            self.view = view
            self.scope = scope
        }

        var scopeName: String { scope?.wireName ?? "" }
        var arguments: StatementArguments { [country, view.wireName, scopeName] }
    }

    /// A stored catalog, still as bytes: ``index()`` reads it.
    public struct Entry: Sendable {
        /// The index's tables, as ``CatalogIndex/archived()`` wrote them.
        public var archive: Data
        /// When it was fetched from the service.
        public var fetchedAt: Date
        /// How many products the catalog had.
        public var productCount: Int
        /// Seconds since it was fetched, when it was read (by the cache's clock).
        public var age: TimeInterval

        /// The stored catalog; throws when the bytes are of another format or damaged.
        public func index() throws -> CatalogIndex { try CatalogIndex(archive: archive) }
    }

    /// Entries older than this are not served (they are reloaded instead).
    public let maximumAge: TimeInterval
    private let database: DatabaseQueue
    private let lock = NSLock()
    private var refreshing: Set<Key> = []
    private let now: @Sendable () -> Date

    /// Opens (or creates) the cache.
    /// - Parameters:
    ///   - url: The SQLite file; nil keeps it in memory (tests).
    ///   - maximumAge: How old an entry may be and still be served; a day by default.
    ///   - now: The clock (injected in tests).
    public init(url: URL?, maximumAge: TimeInterval = 86_400, now: @escaping @Sendable () -> Date = { Date() }) throws {
        if let url {
            try LocalFileTrust.prepareFolder(url.deletingLastPathComponent())
            database = try DatabaseQueue(path: url.path)
            try LocalFileTrust.restrictToOwner(url)
        } else {
            database = try DatabaseQueue()
        }
        self.maximumAge = maximumAge
        self.now = now
        try Self.migrator.migrate(database)
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE catalog (
                    country TEXT NOT NULL, view TEXT NOT NULL, scope TEXT NOT NULL,
                    fetchedAt DOUBLE NOT NULL, products BLOB NOT NULL,
                    PRIMARY KEY (country, view, scope));
                CREATE TABLE catalogSKUs (
                    country TEXT NOT NULL, view TEXT NOT NULL, scope TEXT NOT NULL,
                    position INTEGER NOT NULL, chunk INTEGER NOT NULL, skus BLOB NOT NULL,
                    PRIMARY KEY (country, view, scope, position, chunk));
                """)
        }
        // v1 kept SKUs as JSON, which took seconds to decode at 100,000 SKUs; v2 keeps the index's tables.
        migrator.registerMigration("v2") { db in
            try db.execute(sql: """
                DROP TABLE catalogSKUs;
                DROP TABLE catalog;
                CREATE TABLE catalogIndex (
                    country TEXT NOT NULL, view TEXT NOT NULL, scope TEXT NOT NULL,
                    fetchedAt DOUBLE NOT NULL, productCount INTEGER NOT NULL, archive BLOB NOT NULL,
                    PRIMARY KEY (country, view, scope));
                """)
        }
        return migrator
    }

    /// The stored catalog for `key` if it is younger than ``maximumAge``.
    public func entry(for key: Key) throws -> Entry? {
        let row = try database.read { db in
            try Row.fetchOne(
                db,
                sql: "SELECT fetchedAt, productCount, archive FROM catalogIndex WHERE country = ? AND view = ? AND scope = ?",
                arguments: key.arguments)
        }
        guard let row else { return nil }
        let fetchedAt = Date(timeIntervalSince1970: row["fetchedAt"])
        let age = now().timeIntervalSince(fetchedAt)
        guard age <= maximumAge else { return nil }
        return Entry(archive: row["archive"], fetchedAt: fetchedAt, productCount: row["productCount"], age: age)
    }

    /// Replaces the entry for `key` with a complete load of `productCount` products.
    public func store(_ index: CatalogIndex, productCount: Int, for key: Key) throws {
        try store(archive: index.archived(), productCount: productCount, for: key)
    }

    /// Replaces the entry for `key` with bytes as they are (tests use it to store damaged ones).
    func store(archive: Data, productCount: Int, for key: Key) throws {
        let fetchedAt = now().timeIntervalSince1970
        try database.write { db in
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO catalogIndex (country, view, scope, fetchedAt, productCount, archive)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: key.arguments + [fetchedAt, productCount, archive])
        }
    }

    /// Forgets every entry.
    public func removeAll() throws {
        try database.write { db in try db.execute(sql: "DELETE FROM catalogIndex") }
    }

    /// Claims the background refresh of `key`; false when one is already running.
    func beginRefresh(_ key: Key) -> Bool {
        lock.withLock { refreshing.insert(key).inserted }
    }

    func endRefresh(_ key: Key) {
        lock.withLock { _ = refreshing.remove(key) }
    }
}
