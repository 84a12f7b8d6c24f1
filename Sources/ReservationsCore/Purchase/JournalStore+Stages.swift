import Foundation
import PartnerCenter

// MARK: - Default implementations

extension JournalStore {
    /// Entries that are neither completed nor failed: purchases whose outcome must still be found out.
    public func unfinished() async throws -> [CheckoutJournalEntry] {
        try await entries().filter { !$0.stage.isFinal }
    }

    /// Records the cart the service created.
    @discardableResult
    public func recordCartCreated(_ intentID: String, cartID: CartID, now: Date = Date()) async throws -> CheckoutJournalEntry {
        try await advance(intentID, to: .cartCreated, detail: "cart \(cartID)", now: now) { $0.cartID = cartID }
    }

    /// Records, before sending, that checkout goes out with `requestID`.
    @discardableResult
    public func recordCheckoutSent(_ intentID: String, requestID: RequestID, now: Date = Date()) async throws -> CheckoutJournalEntry {
        try await advance(intentID, to: .checkoutSent, detail: "request \(requestID)", now: now) { entry in
            if let existing = entry.checkoutRequestID, existing != requestID {
                throw CheckoutJournalError("Checkout of \(intentID) was sent with request \(existing); a retry must re-use it.")
            }
            entry.checkoutRequestID = requestID
            entry.checkoutAttempts += 1
            entry.lastCheckoutSentAt = now
        }
    }

    /// Records the orders the intent produced (and, for a partial success, the groups that failed).
    @discardableResult
    public func recordCompleted(_ intentID: String, orderIDs: [OrderID], note: String? = nil, now: Date = Date()) async throws -> CheckoutJournalEntry {
        try await advance(intentID, to: .completed, detail: "orders \(orderIDs.map(\.rawValue).joined(separator: ", "))", now: now) { entry in
            entry.orderIDs = orderIDs
            entry.note = note
        }
    }

    /// Records a definitive refusal: nothing was bought.
    @discardableResult
    public func recordFailed(_ intentID: String, reason: String, now: Date = Date()) async throws -> CheckoutJournalEntry {
        try await advance(intentID, to: .failed, detail: reason, now: now) { $0.note = reason }
    }
}
