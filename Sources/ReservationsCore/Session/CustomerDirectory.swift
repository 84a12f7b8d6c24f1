import Foundation
import PartnerCenter

/// The partner's customers as the operator browses them: every page fetched in turn with progress,
/// customer details (with the country) fetched on demand and cached, subscriptions per customer.
public actor CustomerDirectory {
    /// Progress of a full customer load.
    public struct Progress: Sendable, Equatable {
        /// Customers of the page just fetched.
        public var page: [Customer]
        /// Customers fetched so far, this page included.
        public var loaded: Int
        /// The service's total, when it says.
        public var total: Int?
        /// True for the last page.
        public var isComplete: Bool
        /// The page as the customer list shows it.
        public var rows: [CustomerRow] { page.map(CustomerRow.init(customer:)) }
    }

    /// The client every request goes through (shared with the catalog loader).
    public nonisolated let client: PartnerCenterClient
    private var details: [CustomerID: Customer] = [:]

    public init(client: PartnerCenterClient) { self.client = client }

    /// Streams every page of the customer list. Cancelling the consuming task stops the paging.
    public nonisolated func loadAll(pageSize: Int = 500) -> AsyncThrowingStream<Progress, any Error> {
        let client = self.client
        return AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    var loaded = 0
                    try await client.forEachPage(from: try await client.customers.list(size: pageSize)) { page in
                        loaded += page.items.count
                        continuation.yield(Progress(page: page.items, loaded: loaded, total: page.totalCount, isComplete: !page.hasNext))
                    }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    /// The full customer record (with billing country), fetched once and cached.
    public func detail(for id: CustomerID) async throws -> Customer {
        if let cached = details[id] { return cached }
        let customer = try await client.customers.byID(id).get()
        details[id] = customer
        return customer
    }

    /// The customer's billing country (ISO code) from the cached detail, nil when the record has no address.
    public func country(of id: CustomerID) async throws -> String? {
        try await detail(for: id).countryCode
    }

    /// The customer's subscriptions as the screens show them.
    public func subscriptionRows(for id: CustomerID) async throws -> [SubscriptionRow] {
        try await subscriptions(for: id).map(SubscriptionRow.init)
    }

    /// The customer's subscriptions, fresh from the service.
    public func subscriptions(for id: CustomerID) async throws -> [Subscription] {
        try await client.customers.byID(id).subscriptions.list()
    }
}
