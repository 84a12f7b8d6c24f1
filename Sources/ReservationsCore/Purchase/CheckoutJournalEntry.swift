import Foundation
import PartnerCenter

/// One intent's row in the checkout journal.
public struct CheckoutJournalEntry: Codable, Hashable, Sendable {
    public var intent: PurchaseIntent
    public var stage: CheckoutStage
    /// The `MS-RequestId` of the cart-create request (derived from the intent; re-sent unchanged).
    public var cartRequestID: RequestID
    public var cartID: CartID?
    /// The `MS-RequestId` of the checkout request, once it is about to be sent.
    public var checkoutRequestID: RequestID?
    public var orderIDs: [OrderID]
    /// Why the intent failed, or the order groups that failed when others succeeded.
    public var note: String?
    /// How many times checkout was sent.
    public var checkoutAttempts: Int
    public var updatedAt: Date
    /// The profile, endpoint and tenant it was made under; nil for entries written before scopes were recorded.
    public var scope: JournalScope?
    /// True once an operator confirmed the checkout (`BUY`, `--yes`); false for a cart made by `cart create`,
    /// which is an open cart, not an unfinished checkout.
    public var isCheckoutConfirmed: Bool
    /// Who recorded it: `login@host`.
    public var operatorName: String?
    /// When checkout was last sent: Partner Center may list its order only 15 minutes later.
    public var lastCheckoutSentAt: Date?

    public init(
        intent: PurchaseIntent, stage: CheckoutStage, cartRequestID: RequestID, cartID: CartID? = nil,
        checkoutRequestID: RequestID? = nil, orderIDs: [OrderID] = [], note: String? = nil, checkoutAttempts: Int = 0,
        updatedAt: Date, scope: JournalScope? = nil, isCheckoutConfirmed: Bool = true, operatorName: String? = nil,
        lastCheckoutSentAt: Date? = nil
    ) {
        self.scope = scope
        self.isCheckoutConfirmed = isCheckoutConfirmed
        self.operatorName = operatorName
        self.lastCheckoutSentAt = lastCheckoutSentAt
        self.intent = intent
        self.stage = stage
        self.cartRequestID = cartRequestID
        self.cartID = cartID
        self.checkoutRequestID = checkoutRequestID
        self.orderIDs = orderIDs
        self.note = note
        self.checkoutAttempts = checkoutAttempts
        self.updatedAt = updatedAt
    }

    /// When checkout was sent last, whether its order may still be missing from Partner Center's order list.
    public func mayBeUnlisted(now: Date, listingDelay: TimeInterval) -> Bool {
        lastCheckoutSentAt.map { now < $0.addingTimeInterval(listingDelay) } ?? false
    }

    /// The time after which an empty order list says something about this entry.
    public func listingSettles(listingDelay: TimeInterval) -> Date? {
        lastCheckoutSentAt?.addingTimeInterval(listingDelay)
    }
}
