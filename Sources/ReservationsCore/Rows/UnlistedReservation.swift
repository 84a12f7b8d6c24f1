import Foundation
import PartnerCenter

/// One line of an order this host placed whose entitlement Partner Center does not list yet (it lists new
/// purchases up to 15 minutes late): a row of the reservations pane until the list has it.
public struct UnlistedReservation: Equatable, Sendable {
    public var orderID: OrderID
    public var lineItemNumber: Int
    public var quantity: Int
    /// The line's friendly name, else its offer ID.
    public var name: String
    /// `P1Y`, `P3Y`.
    public var termDuration: String?
    /// `shared`, `single`, as the order line's provisioning context says.
    public var scope: String?
    /// When checkout was sent.
    public var placedAt: Date

    public init(
        orderID: OrderID, lineItemNumber: Int, quantity: Int, name: String, termDuration: String?, scope: String?, placedAt: Date
    ) {
        self.orderID = orderID
        self.lineItemNumber = lineItemNumber
        self.quantity = quantity
        self.name = name
        self.termDuration = termDuration
        self.scope = scope
        self.placedAt = placedAt
    }

    /// One row per line of the order.
    public static func rows(of unlisted: UnlistedOrder) -> [UnlistedReservation] {
        unlisted.row.lines.map { line in
            UnlistedReservation(
                orderID: unlisted.orderID, lineItemNumber: line.lineItemNumber, quantity: line.quantity, name: line.name,
                termDuration: line.termDuration, scope: line.scope, placedAt: unlisted.placedAt)
        }
    }
}
