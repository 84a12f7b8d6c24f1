import Foundation
import PartnerCenter

/// An earlier purchase of the same catalog item (product and SKU) for the same customer within 24 hours: from this
/// host's journal (seen at once) or the customer's orders (listed up to 15 minutes late).
public struct DuplicatePurchase: Codable, Hashable, Sendable {
    public enum Source: String, Codable, Hashable, Sendable {
        case journal, orders
    }

    /// `3 × Standard_E8as_v5 West Europe` (the line's friendly name, else its catalog item).
    public var what: String
    public var at: Date
    public var orderID: OrderID?
    /// `login@host` from the journal; nil for an order found only in Partner Center's list.
    public var operatorName: String?
    public var source: Source

    public init(what: String, at: Date, orderID: OrderID?, operatorName: String?, source: Source) {
        self.what = what
        self.at = at
        self.orderID = orderID
        self.operatorName = operatorName
        self.source = source
    }

    /// `3 × Standard_E8as_v5 West Europe bought 4 minutes ago, order X, by alice@jump1`.
    public func message(now: Date) -> String {
        let minutes = max(0, Int(now.timeIntervalSince(at) / 60))
        let ago = minutes < 1 ? "less than a minute ago" : minutes < 120 ? "\(minutes) minute\(minutes == 1 ? "" : "s") ago" : "\(minutes / 60) hours ago"
        let order = orderID.map { ", order \($0)" } ?? ", order not known yet"
        let who = operatorName.map { ", by \($0)" } ?? (source == .orders ? ", listed by Partner Center" : "")
        return "\(what) bought \(ago)\(order)\(who)"
    }

    /// The key that makes two lines "the same item": product and SKU, as availability IDs change over time.
    static func itemKey(_ catalogItemID: String) -> String {
        catalogItemID.split(separator: ":").prefix(2).joined(separator: ":").uppercased()
    }
}
