import PartnerCenter

/// The inventory check's answer for one SKU (or for the whole product when `skuID` is nil).
public struct InventoryRow: Equatable, Sendable {
    public var skuID: SKUID?
    public var isRestricted: Bool
    /// Why it is restricted, in the service's words (its descriptions, else its reason codes).
    public var reasons: [String]

    public init(_ item: InventoryItem) {
        skuID = item.skuID
        isRestricted = item.isRestricted
        reasons = item.restrictions.compactMap { $0.description ?? $0.reasonCode }
    }
}
