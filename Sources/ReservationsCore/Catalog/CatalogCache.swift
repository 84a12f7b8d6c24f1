import Foundation
import GRDB
import PartnerCenter

/// A local SQLite copy of the catalogs already loaded, so a country's catalog opens at once the second time.
///
/// One entry per country, view and scope: the product list and each product's SKUs (JSON, one row per product,
/// so a read can stream product by product), with the time it was fetched. ``CatalogLoader`` serves an entry
/// younger than ``maximumAge`` first and refreshes it in the background.
///
/// ```swift
/// let cache = try CatalogCache(url: AppPaths().catalogCache)
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
    }

    /// A stored catalog, its SKUs still encoded: decoded a chunk at a time with ``skus(at:chunk:)``, so the
    /// first rows can be shown before the rest is decoded (JSON decoding is most of the time of a cached open).
    public struct Entry: Sendable {
        public var products: [Product]
        /// When it was fetched from the service.
        public var fetchedAt: Date
        /// Encoded chunks of SKUs per position in `products` (none where a product's SKUs were not stored).
        let encodedSKUs: [[Data]]

        /// Bytes of encoded SKUs held (for benchmarks).
        public var encodedByteCount: Int { encodedSKUs.reduce(0) { $0 + $1.reduce(0) { $0 + $1.count } } }

        /// How many chunks `products[position]`'s SKUs were stored in; 0 when they were not stored.
        public func chunkCount(at position: Int) -> Int {
            encodedSKUs.indices.contains(position) ? encodedSKUs[position].count : 0
        }

        /// One chunk of the SKUs of `products[position]`, decoded.
        public func skus(at position: Int, chunk: Int) throws -> [SKU] {
            try JSONDecoder().decode([SKU].self, from: encodedSKUs[position][chunk])
        }

        /// Every SKU of `products[position]`, decoded; nil when they were not stored.
        public func skus(at position: Int) throws -> [SKU]? {
            guard chunkCount(at: position) > 0 else { return nil }
            return try (0..<chunkCount(at: position)).flatMap { try skus(at: position, chunk: $0) }
        }

        /// Seconds since the entry was fetched.
        public func age(now: Date = Date()) -> TimeInterval { now.timeIntervalSince(fetchedAt) }
    }

    /// Entries older than this are not served (they are reloaded instead).
    public let maximumAge: TimeInterval
    /// SKUs per stored chunk.
    public static let chunkSize = 500
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
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            database = try DatabaseQueue(path: url.path)
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
        return migrator
    }

    /// The stored catalog for `key` if it is younger than ``maximumAge``.
    public func entry(for key: Key) throws -> Entry? {
        let stored: (Double, Data, [(Int, Int, Data)])? = try database.read { db in
            let arguments: StatementArguments = [key.country, key.view.wireName, key.scopeName]
            guard let row = try Row.fetchOne(
                db, sql: "SELECT fetchedAt, products FROM catalog WHERE country = ? AND view = ? AND scope = ?",
                arguments: arguments)
            else { return nil }
            let skus = try Row.fetchAll(
                db,
                sql: "SELECT position, chunk, skus FROM catalogSKUs WHERE country = ? AND view = ? AND scope = ? ORDER BY position, chunk",
                arguments: arguments
            ).map { (row: Row) -> (Int, Int, Data) in (row["position"], row["chunk"], row["skus"]) }
            return (row["fetchedAt"], row["products"], skus)
        }
        guard let (fetchedAt, productData, skuRows) = stored else { return nil }
        let date = Date(timeIntervalSince1970: fetchedAt)
        guard now().timeIntervalSince(date) <= maximumAge else { return nil }
        let products = try JSONDecoder().decode([Product].self, from: productData)
        var encoded = [[Data]](repeating: [], count: products.count)
        for (position, _, data) in skuRows where encoded.indices.contains(position) { encoded[position].append(data) }
        return Entry(products: products, fetchedAt: date, encodedSKUs: encoded)
    }

    /// Replaces the entry for `key` with a complete load: `skus[i]` are the SKUs of `products[i]`.
    public func store(products: [Product], skus: [[SKU]], for key: Key) throws {
        let encoder = JSONEncoder()
        let productData = try encoder.encode(products)
        let skuData = try skus.map { skus in
            try stride(from: 0, to: max(skus.count, 1), by: Self.chunkSize).map {
                try encoder.encode(Array(skus[$0..<min(skus.count, $0 + Self.chunkSize)]))
            }
        }
        let fetchedAt = now().timeIntervalSince1970
        try database.write { db in
            let arguments: StatementArguments = [key.country, key.view.wireName, key.scopeName]
            try db.execute(sql: "DELETE FROM catalogSKUs WHERE country = ? AND view = ? AND scope = ?", arguments: arguments)
            try db.execute(
                sql: "INSERT OR REPLACE INTO catalog (country, view, scope, fetchedAt, products) VALUES (?, ?, ?, ?, ?)",
                arguments: [key.country, key.view.wireName, key.scopeName, fetchedAt, productData])
            for (position, chunks) in skuData.enumerated() {
                for (chunk, data) in chunks.enumerated() {
                    try db.execute(
                        sql: "INSERT INTO catalogSKUs (country, view, scope, position, chunk, skus) VALUES (?, ?, ?, ?, ?, ?)",
                        arguments: [key.country, key.view.wireName, key.scopeName, position, chunk, data])
                }
            }
        }
    }

    /// Forgets every entry.
    public func removeAll() throws {
        try database.write { db in
            try db.execute(sql: "DELETE FROM catalogSKUs; DELETE FROM catalog;")
        }
    }

    /// Claims the background refresh of `key`; false when one is already running.
    func beginRefresh(_ key: Key) -> Bool {
        lock.withLock { refreshing.insert(key).inserted }
    }

    func endRefresh(_ key: Key) {
        lock.withLock { _ = refreshing.remove(key) }
    }
}
