extension IdentifierTag {
    /// Tag for `ProductID`.
    public enum Product {}
    /// Tag for `SKUID`.
    public enum SKU {}
    /// Tag for `AvailabilityID`.
    public enum Availability {}
    /// Tag for `CatalogItemID`.
    public enum CatalogItem {}
}

/// A catalog product ID, such as `DZH318Z0BQ3Q` (§4.1).
public typealias ProductID = Identifier<IdentifierTag.Product>
/// A SKU ID, such as `0001`; unique only within its product (§4.1).
public typealias SKUID = Identifier<IdentifierTag.SKU>
/// An availability ID, such as `DZH318XZXVNF`; short-lived, so fetch it near purchase time (§4.1).
public typealias AvailabilityID = Identifier<IdentifierTag.Availability>
/// What a cart line buys: `product:sku:availability`, e.g. `DZH318Z0BQ3Q:0001:DZH318XZXVNF` (§3.3 op 11).
public typealias CatalogItemID = Identifier<IdentifierTag.CatalogItem>

// MARK: - Parts of a catalog item ID

extension Identifier where Resource == IdentifierTag.CatalogItem {
    /// Joins the three parts as `product:sku:availability`.
    public init(productID: ProductID, skuID: SKUID, availabilityID: AvailabilityID) {
        self.init(rawValue: "\(productID.rawValue):\(skuID.rawValue):\(availabilityID.rawValue)")
    }

    /// The three parts, or nil when the ID is not of the form `product:sku:availability` with non-empty parts.
    public var parts: (productID: ProductID, skuID: SKUID, availabilityID: AvailabilityID)? {
        let pieces = rawValue.split(separator: ":", omittingEmptySubsequences: false)
        guard pieces.count == 3, pieces.allSatisfy({ !$0.isEmpty }) else { return nil }
        return (ProductID(String(pieces[0])), SKUID(String(pieces[1])), AvailabilityID(String(pieces[2])))
    }

    /// The product part, or nil when the ID is malformed.
    public var productID: ProductID? { parts?.productID }
    /// The SKU part, or nil when the ID is malformed.
    public var skuID: SKUID? { parts?.skuID }
    /// The availability part, or nil when the ID is malformed.
    public var availabilityID: AvailabilityID? { parts?.availabilityID }
}
