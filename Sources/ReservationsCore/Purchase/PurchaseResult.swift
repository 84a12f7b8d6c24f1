import PartnerCenter

/// How a purchase ended: the orders per order group, the groups that failed, and the lines the cart refused.
public struct PurchaseResult: Codable, Hashable, Sendable {
    /// `completed` (every group ordered), `partial` (some groups failed), `failed` (nothing bought).
    public enum Outcome: String, Codable, Hashable, Sendable {
        case completed, partial, failed
    }

    /// One cart line the service refused.
    public struct LineError: Codable, Hashable, Sendable {
        /// Index in `PurchaseIntent.lines`.
        public var lineIndex: Int
        public var code: String
        public var message: String
    }

    public var intentID: String
    public var customerID: CustomerID
    public var outcome: Outcome
    public var cartID: CartID?
    public var checkoutRequestID: RequestID?
    public var orderIDs: [OrderID]
    /// The orders as the service returned them (may be empty when they were only found by ID and could not be read).
    public var orders: [Order]
    /// Order groups that failed at checkout.
    public var orderErrors: [OrderError]
    public var lineErrors: [LineError]
    /// True when this run found an earlier run's orders instead of placing new ones.
    public var wasAlreadyPlaced: Bool
    /// Why nothing was bought, when `outcome` is `failed`.
    public var failureReason: String?

    public init(
        intentID: String, customerID: CustomerID, outcome: Outcome, cartID: CartID?, checkoutRequestID: RequestID?,
        orderIDs: [OrderID], orders: [Order] = [], orderErrors: [OrderError] = [], lineErrors: [LineError] = [],
        wasAlreadyPlaced: Bool = false, failureReason: String? = nil
    ) {
        self.intentID = intentID
        self.customerID = customerID
        self.outcome = outcome
        self.cartID = cartID
        self.checkoutRequestID = checkoutRequestID
        self.orderIDs = orderIDs
        self.orders = orders
        self.orderErrors = orderErrors
        self.lineErrors = lineErrors
        self.wasAlreadyPlaced = wasAlreadyPlaced
        self.failureReason = failureReason
    }
}
