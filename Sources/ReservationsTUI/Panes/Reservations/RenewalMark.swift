import PartnerCenter

/// How a reservation is told apart when marked for renewal: its order, order line, product and SKU.
enum RenewalMark {
    static func key(_ entitlement: Entitlement) -> String {
        let order = entitlement.referenceOrder
        return [order?.id.rawValue ?? "", order?.lineItemId ?? "", entitlement.productId, entitlement.skuId ?? ""].joined(separator: "|")
    }

    /// The first column's text, `+ ` in front when marked.
    static func text(_ name: String, isMarked: Bool) -> String { isMarked ? "+ \(name)" : name }
}
