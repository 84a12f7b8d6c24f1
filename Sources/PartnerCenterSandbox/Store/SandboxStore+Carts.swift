import Foundation
import GRDB
import PartnerCenter

extension SandboxStore {
    /// A customer's subscriptions by ID, with registrations whose time has come promoted to `registered`.
    func subscriptionsByID(customerID: String, now: Date, in db: Database) throws -> [String: SubscriptionRecord] {
        var result: [String: SubscriptionRecord] = [:]
        for var subscription in try SubscriptionRecord.filter(Column("customerId") == customerID).fetchAll(db) {
            if subscription.registrationStatus == "registering", let ready = subscription.registrationReadyAt, ready <= now {
                subscription.registrationStatus = "registered"
                subscription.registrationReadyAt = nil
                try subscription.update(db)
            }
            result[subscription.id] = subscription
        }
        return result
    }

    /// Stores a cart document.
    func saveCart(_ cart: Cart, customerID: String, expiresAt: Date, in db: Database) throws {
        guard let id = cart.id?.rawValue else { return }
        try db.execute(
            sql: """
                INSERT INTO cart (id, customerId, status, json, expiresAt) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET status = excluded.status, json = excluded.json, expiresAt = excluded.expiresAt
                """,
            arguments: [id, customerID, cart.status?.wireName ?? "Active", try WireCoding.text(cart), expiresAt])
    }

    /// A customer's cart, or nil when unknown (or another customer's).
    func cart(customerID: String, cartID: String, in db: Database) throws -> Cart? {
        guard let row = try Row.fetchOne(db, sql: "SELECT json FROM cart WHERE id = ? AND customerId = ?", arguments: [cartID, customerID]),
            let json: String = row["json"]
        else { return nil }
        return try WireCoding.value(Cart.self, from: json)
    }

    /// Reads a cart outside a transaction.
    func cart(customerID: String, cartID: String) throws -> Cart? {
        try writer.read { db in try cart(customerID: customerID, cartID: cartID, in: db) }
    }

    /// A previously stored response for `requestID` on the same method and path, for idempotent replay.
    func replayableResponse(requestID: String, method: String, path: String) throws -> (status: Int, headers: [String: String], body: Data)? {
        try writer.read { db in
            guard let row = try Row.fetchOne(
                db, sql: "SELECT status, headersJSON, body FROM replayableResponse WHERE requestId = ? AND method = ? AND path = ?",
                arguments: [requestID, method, path])
            else { return nil }
            let headers = (try? WireCoding.value([String: String].self, from: row["headersJSON"])) ?? [:]
            return (row["status"], headers, row["body"])
        }
    }

    /// Remembers a response so a retry with the same `MS-RequestId` gets it again instead of acting twice.
    func rememberResponse(requestID: String, method: String, path: String, status: Int, headers: [String: String], body: Data, in db: Database) throws {
        try db.execute(
            sql: "INSERT OR IGNORE INTO replayableResponse (requestId, method, path, status, headersJSON, body) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [requestID, method, path, status, try WireCoding.text(headers), body])
    }

    /// Runs `body` in one write transaction (checkout, cart creation): atomic, and serialised across clients.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try writer.write(body)
    }
}
