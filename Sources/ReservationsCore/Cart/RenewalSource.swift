import Foundation
import PartnerCenter

/// The reservation a cart line renews, kept on the line so the cart, the summary and a restored draft can show
/// what was paid for it beside today's price.
public struct RenewalSource: Codable, Equatable, Sendable {
    /// The order the renewed reservation was bought in.
    public var orderID: OrderID
    public var expiryDate: Date?
    /// What the renewed reservation cost, when its order had this one line (an order's total is per order).
    public var paidTotal: Decimal?
    public var paidCurrency: String?

    public init(orderID: OrderID, expiryDate: Date?, paidTotal: Decimal?, paidCurrency: String?) {
        self.orderID = orderID
        self.expiryDate = expiryDate
        self.paidTotal = paidTotal
        self.paidCurrency = paidCurrency
    }
}
