
/// Identifies one inventory answer: a SKU in the region the check was made for (its ARM region).
public struct InventoryKey: Hashable, Sendable {
    public var item: CatalogItemKey
    /// `japanwest`; empty when the SKU names no ARM region.
    public var armRegionName: String

    public init(item: CatalogItemKey, armRegionName: String?) {
        self.item = item
        self.armRegionName = armRegionName ?? ""
    }
}
