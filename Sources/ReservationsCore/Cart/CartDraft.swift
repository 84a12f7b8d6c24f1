import Foundation
import PartnerCenter

/// The cart being built for one customer, kept on disk after every change so a dropped SSH link loses nothing.
public struct CartDraft: Codable, Equatable, Sendable {
    /// Names this draft for its whole life, across restarts: with the lines it makes the purchase's idempotency
    /// key, so checking out the same draft again (after a crash, a timeout, a retry) can never buy twice.
    public var token: String
    /// Checkouts of this draft that definitely bought nothing (refused lines, failed groups); the next one is a
    /// new purchase with a new key, while an unknown outcome keeps the key so a retry is recognised.
    public var settledAttempts = 0
    public var customerID: CustomerID
    public var customerName: String
    public var country: String
    public var lines: [CartDraftLine]
    /// Set when the draft stands for a purchase the checkout journal already holds (recovery's "continue"): its
    /// checkout re-sends that journaled cart with its request ID instead of making a new purchase.
    public var recoveredIntentID: String?

    public init(token: String, customerID: CustomerID, customerName: String, country: String, lines: [CartDraftLine] = []) {
        self.token = token
        self.customerID = customerID
        self.customerName = customerName
        self.country = country
        self.lines = lines
    }

    /// The number the next added line gets.
    public var nextLineID: Int { (lines.map(\.id).max() ?? 0) + 1 }

    /// Totals per currency, in currency-code order; lines without a price are counted in `unpricedLines`.
    public var totals: [(currency: String, amount: Decimal)] {
        var sums: [String: Decimal] = [:]
        for line in lines {
            guard let total = line.total, let currency = line.currencyCode else { continue }
            sums[currency, default: 0] += total
        }
        return sums.keys.sorted().map { ($0, sums[$0]!) }
    }

    /// Lines whose price the price sheet did not give.
    public var unpricedLines: Int { lines.filter { $0.total == nil || $0.currencyCode == nil }.count }

    /// The subscriptions the lines are bought against, in first-use order.
    public var subscriptionNames: [String] {
        var seen: [String] = []
        for line in lines where !seen.contains(line.subscriptionName) { seen.append(line.subscriptionName) }
        return seen
    }
}
