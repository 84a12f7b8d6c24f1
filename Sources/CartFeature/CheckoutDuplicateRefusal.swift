/// Thrown by ``CheckoutPerformer/checkout(_:allowingDuplicate:)`` when the journal refused to record the checkout:
/// the same item was bought for the customer within 24 hours. Nothing was sent; the interface asks for AGAIN.
public struct CheckoutDuplicateRefusal: Error, Equatable, Sendable {
    /// The earlier purchases, one sentence each (what, when, order, operator).
    public var duplicates: [String]

    public init(duplicates: [String]) {
        self.duplicates = duplicates
    }
}
