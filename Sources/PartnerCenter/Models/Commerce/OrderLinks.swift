/// The `links` of an order (§4.5): `self`, `provisioningStatus` when the service populated it, and
/// `patchOperation`, which the Create-an-order examples show but the OrderLinks table does not list.
public struct OrderLinks: Codable, Hashable, Sendable {
    public var selfLink: Link?
    public var provisioningStatus: Link?
    public var patchOperation: Link?

    public init(selfLink: Link? = nil, provisioningStatus: Link? = nil, patchOperation: Link? = nil) {
        self.selfLink = selfLink
        self.provisioningStatus = provisioningStatus
        self.patchOperation = patchOperation
    }

    private enum CodingKeys: String, CodingKey {
        case selfLink = "self"
        case provisioningStatus, patchOperation
    }
}
