/// One answer of an inventory check (§3.3 op 10, §4.1): whether the SKU is restricted and why.
/// Items unknown to the catalog are left out of the answer, not reported.
public struct InventoryItem: Codable, Hashable, Sendable {
    public var productID: ProductID
    public var skuID: SKUID?
    public var isRestricted: Bool
    public var restrictions: [InventoryRestriction]

    public init(productID: ProductID, skuID: SKUID?, isRestricted: Bool = false, restrictions: [InventoryRestriction] = []) {
        self.productID = productID
        self.skuID = skuID
        self.isRestricted = isRestricted
        self.restrictions = restrictions
    }

    private enum CodingKeys: String, CodingKey {
        case productID = "productId"
        case skuID = "skuId"
        case isRestricted, restrictions
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        productID = try container.decode(ProductID.self, forKey: .productID)
        skuID = try container.decodeIfPresent(SKUID.self, forKey: .skuID)
        restrictions = try container.decodeIfPresent([InventoryRestriction].self, forKey: .restrictions) ?? []
        isRestricted = try container.decodeIfPresent(Bool.self, forKey: .isRestricted) ?? !restrictions.isEmpty
    }
}
