import Foundation

/// `/customers/{id}/orders` (operations 16, 17, 18, 18b).
public struct OrdersResource: Sendable {
    let client: PartnerCenterClient
    let customerPath: String

    /// All orders, or those of one billing cycle (`billingType=onetime` for reservations).
    /// New orders can take up to 15 minutes to appear here.
    public func list(billingCycle: BillingCycle? = nil) async throws -> [Order] {
        var query: [URLQueryItem] = []
        if let billingCycle {
            // The doc example sends `onetime`; the SDK sends the enum name. Send the doc's spelling.
            query.append(URLQueryItem(name: "billingType", value: billingCycle.wireName.replacingOccurrences(of: "_", with: "")))
        }
        return try await client.allItems(
            APIRequest(operation: "list orders", path: customerPath + "/orders", query: query), of: Order.self)
    }

    /// One order's node.
    public func byID(_ id: OrderID) -> OrderResource {
        OrderResource(client: client, path: customerPath + "/orders/" + APIRequest.segment(id.rawValue))
    }

    /// Provisioning per line of an order (operation 18b, App+User only), read from the order's
    /// `links.provisioningStatus` when the service gave one, else from the documented path.
    public func provisioningStatus(of orderID: OrderID, following link: Link?) async throws -> [ProvisioningStatus] {
        guard let link else { return try await byID(orderID).provisioningStatus() }
        return try await client.allItems(
            try APIRequest(operation: OrderResource.provisioningOperation, following: link, field: "links.provisioningStatus"),
            of: ProvisioningStatus.self)
    }
}

/// `/customers/{cid}/orders/{orderId}`.
public struct OrderResource: Sendable {
    let client: PartnerCenterClient
    let path: String

    /// The order (operation 16); 404/20000 when unknown.
    public func get() async throws -> Order {
        try await client.send(APIRequest(operation: "get order", path: path), as: Order.self)
    }

    /// Provisioning per line (operation 18b, App+User only).
    public func provisioningStatus() async throws -> [ProvisioningStatus] {
        try await client.allItems(
            APIRequest(operation: Self.provisioningOperation, path: path + "/provisioningstatus"), of: ProvisioningStatus.self)
    }

    static let provisioningOperation = "get provisioning status"
}
