import Foundation

/// A cart (§3.4, §4.3): line items the service validates, groups into orders, and checks out.
public struct Cart: Codable, Hashable, Sendable, Identifiable {
    public var id: CartID?
    @Wire<WireTimestamp> public var creationTimestamp: Date?
    @Wire<WireTimestamp> public var lastModifiedTimestamp: Date?
    @Wire<WireTimestamp> public var expirationTimestamp: Date?
    public var lastModifiedUser: String?
    public var status: CartStatus?
    public var lineItems: [CartLineItem]
    public var links: ResourceLinks?
    public var attributes: ResourceAttributes?

    /// A new cart to create: only line items; the service fills in the rest.
    public init(lineItems: [CartLineItem]) {
        self.lineItems = lineItems
    }

    /// True when the cart can no longer be checked out at `now`.
    public func isExpired(now: Date) -> Bool {
        if status == .expired { return true }
        return expirationTimestamp.map { $0 <= now } ?? false
    }

    /// The lines the service flagged.
    public var linesWithErrors: [CartLineItem] { lineItems.filter { $0.error != nil } }
}
