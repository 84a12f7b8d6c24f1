/// What checkout returns (§3.4): the orders created and the order groups that failed. Both can be non-empty.
public struct CartCheckoutResult: Codable, Hashable, Sendable {
    public var orders: [Order]
    public var orderErrors: [OrderError]

    public init(orders: [Order], orderErrors: [OrderError]) {
        self.orders = orders
        self.orderErrors = orderErrors
    }

    private enum CodingKeys: String, CodingKey { case orders, orderErrors }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        orders = try container.decodeIfPresent([Order].self, forKey: .orders) ?? []
        orderErrors = try container.decodeIfPresent([OrderError].self, forKey: .orderErrors) ?? []
    }

    /// True when some groups became orders and others failed.
    public var isPartial: Bool { !orders.isEmpty && !orderErrors.isEmpty }
}
