import Foundation
import GRDB

extension SandboxStore {
    /// Tables for registrations' neighbours: carts, orders, reservations, invoices and replayable requests.
    static func registerCommerceMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v2-commerce") { db in
            try db.create(table: "cart") { table in
                table.primaryKey("id", .text)
                table.column("customerId", .text).notNull().indexed()
                table.column("status", .text).notNull()
                table.column("json", .text).notNull()
                table.column("expiresAt", .datetime).notNull()
            }
            try db.create(table: "purchaseOrder") { table in
                table.primaryKey("id", .text)
                table.column("customerId", .text).notNull()
                table.column("cartId", .text)
                table.column("orderGroup", .text)
                table.column("creationDate", .datetime).notNull()
                table.column("completesAt", .datetime).notNull()
                table.column("json", .text).notNull()
            }
            try db.create(index: "purchaseOrder_customer", on: "purchaseOrder", columns: ["customerId", "creationDate"])
            try db.create(table: "reservationEntitlement") { table in
                table.primaryKey("reservationOrderId", .text)
                table.column("customerId", .text).notNull().indexed()
                table.column("orderId", .text).notNull()
                table.column("lineItemNumber", .integer).notNull()
                table.column("expiryDate", .datetime).notNull()
                table.column("entitlementJSON", .text).notNull()
                table.column("detailsJSON", .text).notNull()
            }
            try db.create(table: "invoice") { table in
                table.primaryKey("id", .text)
                table.column("invoiceDate", .datetime).notNull()
                table.column("currencyCode", .text).notNull()
                table.column("invoiceType", .text).notNull()
                table.column("paidAmount", .double).notNull()
                table.column("isFinal", .boolean).notNull()
            }
            try db.create(table: "invoiceLine") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("invoiceId", .text).notNull().indexed()
                table.column("customerId", .text).notNull()
                table.column("orderId", .text).notNull()
                table.column("amount", .double).notNull()
                table.column("json", .text).notNull()
            }
            try db.create(table: "replayableResponse") { table in
                table.primaryKey("requestId", .text)
                table.column("method", .text).notNull()
                table.column("path", .text).notNull()
                table.column("status", .integer).notNull()
                table.column("headersJSON", .text).notNull()
                table.column("body", .blob).notNull()
            }
        }
    }
}
