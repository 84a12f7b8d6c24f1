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

    public init(
        intent: PurchaseIntent, stage: CheckoutStage, cartRequestID: RequestID, cartID: CartID? = nil,
        checkoutRequestID: RequestID? = nil, orderIDs: [OrderID] = [], note: String? = nil, checkoutAttempts: Int = 0,
        updatedAt: Date
    ) {
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
}
