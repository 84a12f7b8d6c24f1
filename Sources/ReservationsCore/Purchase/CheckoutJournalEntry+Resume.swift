import Foundation

extension CheckoutJournalEntry {
    /// Checks that `intent`, recorded again under this entry's key, asks for the same purchase in the same scope.
    /// - Returns: true when this call confirms a checkout the entry held as an open cart (the caller marks it).
    /// - Throws: ``CheckoutJournalError`` when the key was used for a different purchase or scope.
    func resumption(by intent: PurchaseIntent, scope: JournalScope?, confirmed: Bool) throws -> Bool {
        guard self.intent.isSamePurchase(as: intent) else {
            throw CheckoutJournalError(
                "The idempotency key \(intent.id) was already used for a different purchase (customer \(self.intent.customerID), \(self.intent.lines.count) lines); use a new key.")
        }
        if let scope, self.scope != scope {
            throw CheckoutJournalError(
                "The idempotency key \(intent.id) belongs to a purchase made under \(self.scope.map(String.init(describing:)) ?? "an unrecorded profile"); it is not continued under \(scope).")
        }
        return confirmed && !isCheckoutConfirmed
    }
}
