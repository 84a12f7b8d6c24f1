import Foundation
import PartnerCenter
import PartnerCenterSandbox
import ReservationsCore

/// A sandbox on a loopback port with an in-memory store, a client signed in to it, and what the purchase tests
/// buy: Contoso, its registered and unregistered MS-AZR-0145P subscriptions and a VM availability.
struct PurchaseSandbox {
    let server: SandboxServer
    let client: PartnerCenterClient
    let customer: Customer
    let registered: Subscription
    let unregistered: Subscription
    let sku: SKU
    let availability: Availability

    /// - Parameter orderListDelay: seconds before a new order shows in the order list (Partner Center: up to 900).
    static func start(
        requestTimeout: TimeInterval = 60, retryPolicy: RetryPolicy = .none, orderListDelay: TimeInterval = 0
    ) async throws -> PurchaseSandbox {
        var behavior = SandboxBehavior.immediate
        behavior.orderListDelay = orderListDelay
        var configuration = SandboxConfiguration(behavior: behavior)
        configuration.seedsHistory = false
        let server = try await SandboxServer.start(configuration)
        let client = Self.client(of: server, requestTimeout: requestTimeout, retryPolicy: retryPolicy)
        // Finding what to buy is not under test: a generous timeout, so a busy machine cannot fail the set-up of a
        // test whose own client has a 1 s one.
        let setup = Self.client(of: server, requestTimeout: 60, retryPolicy: .none)
        let customer = try await setup.customers.list(size: 1).items[0]
        let subscriptions = try await setup.customers.byID(customer.id).subscriptions.list()
        let products = try await setup.products.list(country: "US", view: .azureReservationsVM)
        for product in products {
            let skus = try await setup.products.byID(product.id).skus.list(country: "US")
            guard let sku = skus.first(where: { !$0.requiresInventoryCheck && ($0.maximumQuantity ?? 100) >= 5 }) else { continue }
            let availabilities = try await setup.products.byID(product.id).skus.byID(sku.id).availabilities.list(country: "US")
            guard let availability = availabilities.first else { continue }
            return PurchaseSandbox(
                server: server, client: client, customer: customer, registered: subscriptions[0], unregistered: subscriptions[2], sku: sku,
                availability: availability)
        }
        await server.stop()
        throw TransportFailure(reason: "the sandbox has no purchasable VM availability")
    }

    /// A client signed in to `server` with the sandbox's app-only credentials.
    static func client(of server: SandboxServer, requestTimeout: TimeInterval, retryPolicy: RetryPolicy) -> PartnerCenterClient {
        let transport = AsyncHTTPClientTransport.shared
        let tokens = ClientCredentialsTokenProvider(
            authority: server.baseURL, tenant: "sandbox", clientID: "pcres-sandbox", clientSecret: "sandbox-secret", transport: transport)
        return PartnerCenterClient(
            configuration: PartnerCenterConfiguration(endpoint: server.baseURL, requestTimeout: requestTimeout, retryPolicy: retryPolicy),
            transport: transport, tokenProvider: tokens)
    }

    /// A line for the availability on `subscription` (the registered one by default).
    func line(quantity: Int = 1, subscription: Subscription? = nil, name: String? = nil) -> PurchaseLine {
        PurchaseLine(
            catalogItemID: availability.catalogItemID, quantity: quantity, termDuration: availability.terms.first?.duration ?? "P1Y",
            scope: .shared, subscriptionID: (subscription ?? registered).id, friendlyName: name)
    }

    func intent(_ id: String, lines: [PurchaseLine]) -> PurchaseIntent {
        PurchaseIntent(id: id, customerID: customer.id, lines: lines, profile: "sandbox")
    }

    func orderCount() async throws -> Int {
        try await client.customers.byID(customer.id).orders.list().count
    }

    /// Adds fault rules through `POST /sandbox/faults`.
    func inject(_ rules: [FaultRule]) async throws {
        struct RuleSet: Encodable { var rules: [FaultRule] }
        let response = try await AsyncHTTPClientTransport.shared.send(TransportRequest(
            method: "POST", url: server.baseURL.appendingPathComponent("sandbox/faults"), headers: ["Content-Type": "application/json"],
            body: try JSONEncoder().encode(RuleSet(rules: rules))))
        guard response.status == 201 else { throw TransportFailure(reason: "fault control answered \(response.status)") }
    }

    /// How many faults the sandbox has injected so far.
    func injectedFaultCount() async throws -> Int {
        struct RuleSet: Decodable { var injected: Int? }
        let response = try await AsyncHTTPClientTransport.shared.send(
            TransportRequest(method: "GET", url: server.baseURL.appendingPathComponent("sandbox/faults")))
        return try JSONDecoder().decode(RuleSet.self, from: response.body).injected ?? 0
    }

    /// Every order of the customer, listed or not yet (the sandbox's control view, ignoring the listing delay).
    func allOrderIDs() async throws -> Set<OrderID> {
        struct Orders: Decodable { var items: [Order] }
        let response = try await AsyncHTTPClientTransport.shared.send(TransportRequest(
            method: "GET", url: server.baseURL.appendingPathComponent("sandbox/customers/\(customer.id.rawValue)/orders")))
        guard response.status == 200 else { throw TransportFailure(reason: "the order control answered \(response.status)") }
        return Set(try JSONDecoder().decode(Orders.self, from: response.body).items.map(\.id))
    }

    /// Removes unspent fault rules.
    func clearFaults() async throws {
        _ = try await AsyncHTTPClientTransport.shared.send(TransportRequest(method: "DELETE", url: server.baseURL.appendingPathComponent("sandbox/faults")))
    }
}
