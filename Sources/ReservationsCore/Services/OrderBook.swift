import PartnerCenter

/// A customer's orders (§4.5): the list, one by ID, and how far each line is provisioned.
public struct OrderBook: Sendable {
    let client: PartnerCenterClient

    public init(client: PartnerCenterClient) {
        self.client = client
    }

    /// Every order, or only the one-time (reservation) ones. New orders may be missing for up to 15 minutes.
    public func orders(customerID: CustomerID, oneTimeOnly: Bool) async throws -> [Order] {
        try await client.customers.byID(customerID).orders.list(billingCycle: oneTimeOnly ? .oneTime : nil)
    }

    /// One order by ID: listed or not yet.
    public func order(customerID: CustomerID, orderID: OrderID) async throws -> Order {
        try await client.customers.byID(customerID).orders.byID(orderID).get()
    }

    /// The provisioning status of the order's lines, through the order's own link when it has one.
    public func provisioning(customerID: CustomerID, orderID: OrderID, following link: Link?) async throws -> [ProvisioningStatus] {
        try await client.customers.byID(customerID).orders.provisioningStatus(of: orderID, following: link)
    }

    // MARK: - As the screens show them

    public func orderRows(customerID: CustomerID, oneTimeOnly: Bool) async throws -> [OrderRow] {
        try await orders(customerID: customerID, oneTimeOnly: oneTimeOnly).map(OrderRow.init)
    }

    public func orderRow(customerID: CustomerID, orderID: OrderID) async throws -> OrderRow {
        OrderRow(try await order(customerID: customerID, orderID: orderID))
    }

    /// The provisioning of each line, following the order's own link when it sent one.
    public func provisioningRows(customerID: CustomerID, orderID: OrderID, following link: OrderRow.ProvisioningLink?) async throws
        -> [ProvisioningRow]
    {
        try await provisioning(customerID: customerID, orderID: orderID, following: link?.link).map(ProvisioningRow.init)
    }
}
