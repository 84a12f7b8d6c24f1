import Foundation

/// A cart (§3.4, §4.3): line items the service validates, groups into orders, and checks out.
public struct Cart: Codable, Hashable, Sendable, Identifiable {
    public var id: CartID?
    public var creationTimestamp: Date?
    public var lastModifiedTimestamp: Date?
    public var expirationTimestamp: Date?
    public var lastModifiedUser: String?
    public var status: CartStatus?
    public var lineItems: [CartLineItem]
    public var links: ResourceLinks?
    public var attributes: ResourceAttributes?

    /// A new cart to create: only line items; the service fills in the rest.
    public init(lineItems: [CartLineItem]) {
        self.lineItems = lineItems
    }

    private enum CodingKeys: String, CodingKey {
        case id, creationTimestamp, lastModifiedTimestamp, expirationTimestamp, lastModifiedUser, status, lineItems, links
        case attributes
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(CartID.self, forKey: .id)
        creationTimestamp = try container.decodeIfPresent(WireDate.self, forKey: .creationTimestamp)?.date
        lastModifiedTimestamp = try container.decodeIfPresent(WireDate.self, forKey: .lastModifiedTimestamp)?.date
        expirationTimestamp = try container.decodeIfPresent(WireDate.self, forKey: .expirationTimestamp)?.date
        lastModifiedUser = try container.decodeIfPresent(String.self, forKey: .lastModifiedUser)
        status = try container.decodeIfPresent(CartStatus.self, forKey: .status)
        lineItems = try container.decode([CartLineItem].self, forKey: .lineItems)
        links = try container.decodeIfPresent(ResourceLinks.self, forKey: .links)
        attributes = try container.decodeIfPresent(ResourceAttributes.self, forKey: .attributes)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(id, forKey: .id)
        try container.encodeIfPresent(creationTimestamp.map(WireDate.init), forKey: .creationTimestamp)
        try container.encodeIfPresent(lastModifiedTimestamp.map(WireDate.init), forKey: .lastModifiedTimestamp)
        try container.encodeIfPresent(expirationTimestamp.map(WireDate.init), forKey: .expirationTimestamp)
        try container.encodeIfPresent(lastModifiedUser, forKey: .lastModifiedUser)
        try container.encodeIfPresent(status, forKey: .status)
        try container.encode(lineItems, forKey: .lineItems)
        try container.encodeIfPresent(links, forKey: .links)
        try container.encodeIfPresent(attributes, forKey: .attributes)
    }

    /// True when the cart can no longer be checked out at `now`.
    public func isExpired(now: Date) -> Bool {
        if status == .expired { return true }
        return expirationTimestamp.map { $0 <= now } ?? false
    }

    /// The lines the service flagged.
    public var linesWithErrors: [CartLineItem] { lineItems.filter { $0.error != nil } }
}
