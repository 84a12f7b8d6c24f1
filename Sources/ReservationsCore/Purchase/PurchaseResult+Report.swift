import PartnerCenter

/// What a checkout's result says, as the screens report it (no wire orders or errors leave the core).
extension PurchaseResult {
    /// The orders the checkout created, as the orders screen shows them.
    public var orderRows: [OrderRow] { orders.map(OrderRow.init) }

    /// Which draft lines were bought: all when every group was ordered, none when nothing was, otherwise the lines
    /// that appear in the orders (catalog item and quantity), as the result names no group per line.
    public func boughtLineIDs(of draft: CartDraft) -> [Int] {
        switch outcome {
        case .completed: return draft.lines.map(\.id)
        case .failed: return []
        case .partial:
            let ordered = orders.flatMap(\.lineItems)
            return draft.lines.filter { line in
                ordered.contains {
                    $0.offerId.caseInsensitiveCompare(line.catalogItemID.rawValue) == .orderedSame && $0.quantity == line.quantity
                }
            }.map(\.id)
        }
    }

    /// The order groups that failed, with the service's words for why.
    public var failedGroups: [(orderGroup: String, message: String)] {
        orderErrors.map { ($0.orderGroupId, $0.description ?? $0.code) }
    }
}
