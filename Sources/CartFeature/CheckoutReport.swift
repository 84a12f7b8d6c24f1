import Foundation
import Vocabulary
import ScreenKit
import OrdersFeature

/// What a checkout came to, as the result screen shows it: the orders made and what failed, per order group.
public struct CheckoutReport: Equatable, Sendable {
    /// One order created by the checkout.
    public struct PlacedOrder: Equatable, Sendable {
        public var orderID: OrderID
        public var status: String
        public var lineCount: Int
        public var total: Decimal?
        public var currencyCode: String?

        public init(orderID: OrderID, status: String, lineCount: Int, total: Decimal?, currencyCode: String?) {
            self.orderID = orderID
            self.status = status
            self.lineCount = lineCount
            self.total = total
            self.currencyCode = currencyCode
        }
    }

    /// An order group the service refused.
    public struct FailedGroup: Equatable, Sendable {
        public var orderGroup: String
        public var message: String

        public init(orderGroup: String, message: String) {
            self.orderGroup = orderGroup
            self.message = message
        }
    }

    public var orders: [PlacedOrder]
    public var failures: [FailedGroup]
    /// Draft line IDs that were bought (removed from the draft) — the rest stay.
    public var boughtLineIDs: [Int]
    /// Problems the service found with individual lines (draft line ID → plain words); nothing was bought then.
    public var lineProblems: [Int: String]
    /// The idempotency key the checkout ran under, for the audit trail and support.
    public var requestID: String?
    /// True when the purchase had already completed earlier (found in the journal or the orders), not re-sent.
    public var wasAlreadyPlaced: Bool

    public init(orders: [PlacedOrder], failures: [FailedGroup], boughtLineIDs: [Int], lineProblems: [Int: String] = [:],
                requestID: String? = nil, wasAlreadyPlaced: Bool = false) {
        self.orders = orders
        self.failures = failures
        self.boughtLineIDs = boughtLineIDs
        self.lineProblems = lineProblems
        self.requestID = requestID
        self.wasAlreadyPlaced = wasAlreadyPlaced
    }
}
