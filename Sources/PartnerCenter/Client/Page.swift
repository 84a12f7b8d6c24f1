/// One page of a collection, with the link to the next page if there is one (§1.5).
public struct Page<Item: Codable & Sendable>: Sendable {
    public var items: [Item]
    /// The collection's `totalCount`, which for paged collections is the count of this page on some APIs.
    public var totalCount: Int
    /// Follow with `PartnerCenterClient.nextPage(after:)`.
    public var next: Link?
    /// The operation name, reused for the next page's errors.
    public var operation: String
    /// 1 for the first page, counted up by `nextPage(after:)`.
    public var number: Int
    /// The next-page links (URI and headers, the continuation token among them) followed to reach this page: a
    /// server that links back to one of them would loop for ever.
    public var followedLinks: Set<String>

    public init(items: [Item], totalCount: Int, next: Link?, operation: String, number: Int = 1, followedLinks: Set<String> = []) {
        self.items = items
        self.totalCount = totalCount
        self.next = next
        self.operation = operation
        self.number = number
        self.followedLinks = followedLinks
    }

    /// True when another page can be fetched.
    public var hasNext: Bool { next != nil }
}
