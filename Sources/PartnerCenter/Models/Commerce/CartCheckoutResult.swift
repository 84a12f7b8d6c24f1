/// What checkout returns (§3.4): the orders created and the order groups that failed. Both can be non-empty.
public struct CartCheckoutResult: Codable, Hashable, Sendable {
    @WireOr<WireDecoded<[Order]>> public var orders: [Order]
    @WireOr<WireDecoded<[OrderError]>> public var orderErrors: [OrderError]

    public init(orders: [Order], orderErrors: [OrderError]) {
        self.orders = orders
        self.orderErrors = orderErrors
    }

    /// True when some groups became orders and others failed.
    public var isPartial: Bool { !orders.isEmpty && !orderErrors.isEmpty }
}
