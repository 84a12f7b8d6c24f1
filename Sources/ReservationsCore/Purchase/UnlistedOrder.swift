import Foundation
import PartnerCenter

/// An order this host placed that Partner Center's order list does not show yet (it lists new orders up to 15
/// minutes late), read by ID so the operator who just bought sees it.
public struct UnlistedOrder: Equatable, Sendable {
    public var order: Order
    /// When checkout was sent.
    public var placedAt: Date

    public init(order: Order, placedAt: Date) {
        self.order = order
        self.placedAt = placedAt
    }

    public var orderID: OrderID { order.id }
    /// The order as the orders screen shows it.
    public var row: OrderRow { OrderRow(order) }
    /// A cancelled order will never be listed as a reservation.
    public var isCancelled: Bool { order.status == .cancelled }
}
