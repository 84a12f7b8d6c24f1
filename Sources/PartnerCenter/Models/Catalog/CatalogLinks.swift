/// The `links` of a catalog resource: `self`, plus `skus` on a product, `availabilities` on a SKU, and
/// `product`/`sku` on an availability (§3.3).
public struct CatalogLinks: Codable, Hashable, Sendable {
    public var selfLink: Link?
    public var skus: Link?
    public var availabilities: Link?
    public var product: Link?
    public var sku: Link?

    public init(selfLink: Link? = nil, skus: Link? = nil, availabilities: Link? = nil, product: Link? = nil, sku: Link? = nil) {
        self.selfLink = selfLink
        self.skus = skus
        self.availabilities = availabilities
        self.product = product
        self.sku = sku
    }

    private enum CodingKeys: String, CodingKey {
        case selfLink = "self"
        case skus, availabilities, product, sku
    }
}
