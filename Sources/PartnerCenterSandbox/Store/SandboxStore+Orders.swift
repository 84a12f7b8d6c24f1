import Foundation
import GRDB
import PartnerCenter

extension SandboxStore {
    /// A stored order with its status brought up to `now` (pending → completed once its time has come).
    static func order(from row: Row, now: Date) throws -> Order {
        var order = try WireCoding.value(Order.self, from: row["json"])
        let completesAt: Date = row["completesAt"]
        if order.status == .pending, completesAt <= now { order.status = .completed }
        // Orders stored before the sandbox gave them every documented link get them when read.
        if let customerID = order.referenceCustomerId?.rawValue {
            order.links = PurchaseRecorder.links(customerID: customerID, orderID: order.id.rawValue)
        }
        return order
    }

    /// The customer's orders created at or before `listedBefore` (the order-list delay), newest first.
    func orders(customerID: String, now: Date, listedBefore: Date? = nil) throws -> [Order] {
        try writer.read { db in
            try Row.fetchAll(
                db, sql: "SELECT json, completesAt FROM purchaseOrder WHERE customerId = ? AND creationDate <= ? ORDER BY creationDate DESC, id",
                arguments: [customerID, listedBefore ?? .distantFuture]
            ).map { try Self.order(from: $0, now: now) }
        }
    }

    func order(customerID: String, orderID: String, now: Date) throws -> (order: Order, completesAt: Date)? {
        try writer.read { db in
            guard let row = try Row.fetchOne(
                db, sql: "SELECT json, completesAt FROM purchaseOrder WHERE customerId = ? AND id = ?", arguments: [customerID, orderID])
            else { return nil }
            return (try Self.order(from: row, now: now), row["completesAt"])
        }
    }

    /// The customer's reservation entitlements of orders created at or before `listedBefore`.
    func reservationEntitlements(customerID: String, listedBefore: Date? = nil) throws -> [Entitlement] {
        try writer.read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT e.entitlementJSON FROM reservationEntitlement e LEFT JOIN purchaseOrder o ON o.id = e.orderId
                    WHERE e.customerId = ? AND (o.creationDate IS NULL OR o.creationDate <= ?) ORDER BY e.expiryDate
                    """,
                arguments: [customerID, listedBefore ?? .distantFuture]
            ).map { try WireCoding.value(Entitlement.self, from: $0) }
        }
    }

    func reservationDetails(customerID: String, reservationOrderID: String) throws -> ReservationDetails? {
        try writer.read { db in
            try String.fetchOne(
                db, sql: "SELECT detailsJSON FROM reservationEntitlement WHERE customerId = ? AND reservationOrderId = ?",
                arguments: [customerID, reservationOrderID]
            ).map { try WireCoding.value(ReservationDetails.self, from: $0) }
        }
    }
}
