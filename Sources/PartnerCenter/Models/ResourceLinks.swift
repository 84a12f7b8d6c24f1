/// The `links` object of a resource or collection. Only the links this client follows are typed.
public struct ResourceLinks: Codable, Hashable, Sendable {
    public var selfLink: Link?
    public var next: Link?
    public var previous: Link?

    public init(selfLink: Link? = nil, next: Link? = nil, previous: Link? = nil) {
        self.selfLink = selfLink
        self.next = next
        self.previous = previous
    }

    private enum CodingKeys: String, CodingKey {
        case selfLink = "self"
        case next, previous
    }
}
