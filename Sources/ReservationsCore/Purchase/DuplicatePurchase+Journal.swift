import Foundation

extension DuplicatePurchase {
    /// The lines of `entries` that buy one of `intent`'s items (product and SKU) for its customer: confirmed, not
    /// failed entries of the same account (endpoint and tenant, whatever the profile is called) made since `since`.
    /// Both journals run it inside the transaction that records an intent, and the service before it asks Partner
    /// Center.
    static func journaled(
        in entries: [CheckoutJournalEntry], for intent: PurchaseIntent, scope: JournalScope?, since: Date
    ) -> [DuplicatePurchase] {
        let wanted = Set(intent.lines.map { itemKey($0.catalogItemID.rawValue) })
        var found: [DuplicatePurchase] = []
        for entry in entries where entry.intent.id != intent.id && entry.intent.customerID == intent.customerID
            && entry.scope?.endpoint == scope?.endpoint && entry.scope?.tenant == scope?.tenant
            && entry.isCheckoutConfirmed && entry.stage != .failed && entry.intent.createdAt >= since
        {
            for line in entry.intent.lines where wanted.contains(itemKey(line.catalogItemID.rawValue)) {
                found.append(DuplicatePurchase(
                    what: "\(line.quantity) × \(line.friendlyName ?? line.catalogItemID.rawValue)",
                    at: entry.lastCheckoutSentAt ?? entry.intent.createdAt, orderID: entry.orderIDs.first,
                    operatorName: entry.operatorName, source: .journal))
            }
        }
        return found
    }
}
