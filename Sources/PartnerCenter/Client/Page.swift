/// One page of a collection, with the link to the next page if there is one (§1.5).
public struct Page<Item: Codable & Sendable>: Sendable {
    public var items: [Item]
    /// The collection's `totalCount`, which for paged collections is the count of this page on some APIs.
    public var totalCount: Int
    /// Follow with `PartnerCenterClient.nextPage(after:)`.
    public var next: Link?
    /// The operation name, reused for the next page's errors.
    public var operation: String

    public init(items: [Item], totalCount: Int, next: Link?, operation: String) {
        self.items = items
        self.totalCount = totalCount
        self.next = next
        self.operation = operation
    }

    /// True when another page can be fetched.
    public var hasNext: Bool { next != nil }
}
