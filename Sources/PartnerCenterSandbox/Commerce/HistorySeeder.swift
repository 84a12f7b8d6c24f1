import Foundation
import GRDB
import PartnerCenter

/// A year of past reservation purchases, so a new sandbox already has orders, reservations (some about to
/// expire) and closed, paid invoices with statements to reconcile. Deterministic for a given day.
///
/// The first customer (Contoso Ltd) is left without history: it is the clean slate for first purchases.
enum HistorySeeder {
    static let seed: UInt64 = 0x4849_5354_4F52_5931

    static func seedIfEmpty(store: SandboxStore, catalog: SandboxCatalog, now: Date = Date()) throws {
        try store.write { db in
            guard try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM purchaseOrder") == 0,
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM invoice") == 0
            else { return }
            var random = SeededGenerator(seed: seed)
            // The first purchase lands in last month, so last month's invoice (the balance) is never empty, even
            // in the first days of a month when the random spread (20+ days back) could miss it.
            let daysIntoMonth = Int(now.timeIntervalSince(InvoiceBook.startOfMonth(now)) / 86_400)
            var placedLastMonth = false
            let customers = try CustomerRecord.filter(Column("ordinal") > 0 && Column("ordinal") < 40).order(Column("ordinal")).fetchAll(db)
            for customer in customers where customer.ordinal % 2 == 1 && SandboxCatalog.sellsReservations(in: customer.country) {
                guard let subscription = try SubscriptionRecord
                    .filter(Column("customerId") == customer.id && Column("offerId") == Subscription.legacyAzureOfferID).fetchOne(db)
                else { continue }
                let purchases = 1 + Int(random.next() % 2)
                for _ in 0..<purchases {
                    guard let line = pickLine(catalog: catalog, country: customer.country, subscription: subscription, random: &random)
                    else { continue }
                    // 1 to 12 months ago, so some one-year reservations expire within 30, 60 or 90 days.
                    let drawn = 20 + Int(random.next() % 340)
                    let daysAgo = placedLastMonth ? drawn : max(20, daysIntoMonth + 5)
                    placedLastMonth = true
                    let when = now.addingTimeInterval(-Double(daysAgo) * 86_400)
                    _ = try PurchaseRecorder(customer: customer, now: when, completesAt: when)
                        .record(lines: [line], cartID: nil, orderGroup: "0", random: &random, in: db)
                }
            }
            // Each past month is billed on the 1st of the next; this month's purchases stay unbilled. Invoices issued
            // before this month are paid; the ones issued on this month's 1st make up the balance.
            let thisMonth = InvoiceBook.startOfMonth(now)
            var month = InvoiceBook.utcCalendar.date(byAdding: .month, value: -13, to: thisMonth) ?? thisMonth
            while month <= thisMonth {
                try InvoiceBook.bill(orderedBefore: month, invoiceDate: month, in: db)
                month = InvoiceBook.utcCalendar.date(byAdding: .month, value: 1, to: month) ?? thisMonth.addingTimeInterval(1)
            }
            try db.execute(
                sql: """
                    UPDATE invoice SET paidAmount = (SELECT COALESCE(SUM(amount), 0) FROM invoiceLine WHERE invoiceId = invoice.id)
                    WHERE invoiceDate < ?
                    """,
                arguments: [thisMonth])
        }
    }

    private static func pickLine(
        catalog: SandboxCatalog, country: String, subscription: SubscriptionRecord, random: inout SeededGenerator
    ) -> PurchaseRecorder.Line? {
        let products = catalog.products(country: country, view: .azureReservationsVM)
        guard !products.isEmpty else { return nil }
        let product = products[Int(random.next() % UInt64(products.count))]
        guard let skus = catalog.skus(productID: product.id.rawValue, country: country), !skus.isEmpty else { return nil }
        let sku = skus[Int(random.next() % UInt64(skus.count))]
        guard let availability = catalog.availabilities(productID: product.id.rawValue, skuID: sku.id.rawValue, country: country, scope: nil)?.first,
            let item = catalog.purchasableItem(catalogItemID: availability.catalogItemID.rawValue, country: country)
        else { return nil }
        let cartLine = CartLineItem(
            id: 0, catalogItemID: availability.catalogItemID, quantity: 1 + Int(random.next() % 4),
            termDuration: availability.terms.first?.duration, friendlyName: sku.title,
            provisioningContext: ["subscriptionId": subscription.id, "scope": random.next() % 3 == 0 ? "single" : "shared", "duration": sku.duration ?? "1Year"])
        return PurchaseRecorder.Line(cartLine: cartLine, item: item, azureSubscriptionID: subscription.entitlementId)
    }
}
