import Foundation

extension AppPaths {
    /// The checkout journal (SQLite), in the data folder.
    public var checkoutJournal: URL { data.appendingPathComponent("checkout-journal.sqlite") }
    /// The audit log (JSON lines, hash-chained), in the data folder.
    public var auditLog: URL { data.appendingPathComponent("audit.jsonl") }
}
