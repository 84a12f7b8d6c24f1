/// The collection envelope of §1.5: `{ totalCount, items, links, attributes, continuationToken? }`.
public struct ResourceCollection<Item: Codable & Sendable>: Codable, Sendable {
    public var totalCount: Int
    public var items: [Item]
    public var links: ResourceLinks?
    public var attributes: ResourceAttributes?
    public var continuationToken: String?

    public init(items: [Item], totalCount: Int? = nil, links: ResourceLinks? = nil, continuationToken: String? = nil) {
        self.items = items
        self.totalCount = totalCount ?? items.count
        self.links = links
        self.attributes = ResourceAttributes(objectType: "Collection")
        self.continuationToken = continuationToken
    }

    private enum CodingKeys: String, CodingKey { case totalCount, items, links, attributes, continuationToken }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        items = try container.decode([Item].self, forKey: .items)
        totalCount = try container.read(WireCount.self, forKey: .totalCount) ?? items.count
        links = try container.decodeIfPresent(ResourceLinks.self, forKey: .links)
        attributes = try container.decodeIfPresent(ResourceAttributes.self, forKey: .attributes)
        continuationToken = try container.decodeIfPresent(String.self, forKey: .continuationToken)
    }
}
