import Foundation
import PartnerCenter

/// What looking into a journaled purchase found, without sending anything: the journal's word, the cart's state
/// and the orders Partner Center lists or answers by ID.
public struct PurchaseFinding: Hashable, Sendable {
    public enum State: Hashable, Sendable {
        /// The journal says it completed, with these orders.
        case completed([OrderID])
        /// The journal says it failed: nothing was bought.
        case failed(String)
        /// Checkout had been sent for this entry and its orders were found now.
        case placed([OrderID])
        /// The cart is active: checkout did not go through, nothing was bought with it (yet).
        case cartActive(CartID)
        /// The cart says it was ordered; its orders are not listed yet.
        case cartOrdered(CartID, recheckAfter: Date?)
        /// Checkout was never sent for this entry, so nothing was bought by it.
        case checkoutNeverSent
        /// The cart expired, or it is gone and the order list (past its delay) shows no order: nothing was bought.
        case nothingBought(String)
        /// What happened cannot be told yet; look again after `recheckAfter`.
        case unknown(String, recheckAfter: Date?)
        /// Made under another profile, endpoint or tenant: not looked into here.
        case otherScope(JournalScope?)
    }

    public var entry: CheckoutJournalEntry
    public var state: State

    public init(entry: CheckoutJournalEntry, state: State) {
        self.entry = entry
        self.state = state
    }

    /// Whether the operator may take this purchase into the checkout summary (and confirm it with BUY): its cart
    /// is active or already ordered (re-sending checkout on an ordered cart returns the original orders).
    public var canContinue: Bool {
        switch state {
        case .cartActive, .cartOrdered, .checkoutNeverSent: true
        default: false
        }
    }

    /// What was seen, in one sentence; times in UTC, as `HH:MM`.
    public var message: String {
        switch state {
        case .completed(let orders):
            return "Completed: order \(orders.map(\.rawValue).joined(separator: ", "))."
        case .failed(let reason):
            return "Failed, nothing was bought: \(reason)"
        case .placed(let orders):
            return "Already placed: order \(orders.map(\.rawValue).joined(separator: ", ")) found for the checkout sent earlier."
        case .cartActive(let cart):
            let sent = entry.lastCheckoutSentAt == nil ? "checkout was never sent" : "the checkout sent earlier did not go through"
            return "Cart \(cart) is active: \(sent); nothing was bought with it. Buying it needs your confirmation."
        case .cartOrdered(let cart, let recheck):
            return "Cart \(cart) is ordered: the checkout went through, but Partner Center does not list its order yet"
                + (recheck.map { "; re-check after \(Self.clock($0)) UTC." } ?? ".")
        case .checkoutNeverSent:
            return "Checkout was never sent (a cart may exist and will expire unused); nothing was bought."
        case .nothingBought(let reason):
            return "Nothing was bought: \(reason)"
        case .unknown(let reason, let recheck):
            return "Unknown: \(reason)" + (recheck.map { " Re-check after \(Self.clock($0)) UTC; the entry stays open." } ?? " The entry stays open.")
        case .otherScope(let scope):
            return "Made under \(scope.map(String.init(describing:)) ?? "an unrecorded profile"); not looked into here."
        }
    }

    /// `14:02`, in UTC.
    public static func clock(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }
}
