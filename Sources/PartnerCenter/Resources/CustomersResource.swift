import Foundation

extension PartnerCenterClient {
    /// `/customers`: the partner's customers.
    public var customers: CustomersResource { CustomersResource(client: self) }
}

/// `/customers` (operations 1 and 2).
public struct CustomersResource: Sendable {
    let client: PartnerCenterClient

    /// The first page of customers (operation 1); follow with `client.nextPage(after:)`.
    /// - Parameters:
    ///   - size: page size (the service requires it).
    ///   - filter: an optional `starts_with` filter on company name or domain.
    public func list(size: Int = 100, filter: CustomerFilter? = nil) async throws -> Page<Customer> {
        var query = [URLQueryItem(name: "size", value: String(size))]
        if let filter { query.append(URLQueryItem(name: "filter", value: filter.queryValue)) }
        return try await client.page(APIRequest(operation: "list customers", path: "/customers", query: query), of: Customer.self)
    }

    /// One customer's node.
    public func byID(_ id: CustomerID) -> CustomerResource { CustomerResource(client: client, id: id) }
}

/// `/customers/{id}`.
public struct CustomerResource: Sendable {
    let client: PartnerCenterClient
    public let id: CustomerID

    var path: String { "/customers/\(APIRequest.segment(id.rawValue))" }

    /// The full customer record (operation 2), including the billing profile with its country.
    public func get() async throws -> Customer {
        try await client.send(APIRequest(operation: "get customer", path: path), as: Customer.self)
    }

    /// The customer's subscriptions.
    public var subscriptions: SubscriptionsResource { SubscriptionsResource(client: client, customerPath: path) }

    /// The customer's carts.
    public var carts: CartsResource { CartsResource(client: client, customerPath: path) }

    /// The customer's orders.
    public var orders: OrdersResource { OrdersResource(client: client, customerPath: path) }

    /// The customer's entitlements (reservations among them).
    public var entitlements: EntitlementsResource { EntitlementsResource(client: client, customerPath: path) }
}
