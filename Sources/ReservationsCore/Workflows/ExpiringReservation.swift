import Foundation
import PartnerCenter

/// One reservation on the expiry board: whose it is, what it is, and when it ends.
public struct ExpiringReservation: Equatable, Sendable {
    public var customerID: CustomerID
    public var customerName: String
    public var entitlement: Entitlement
    public var expiryDate: Date

    public init(customerID: CustomerID, customerName: String, entitlement: Entitlement, expiryDate: Date) {
        self.customerID = customerID
        self.customerName = customerName
        self.entitlement = entitlement
        self.expiryDate = expiryDate
    }

    /// The reservation as the screens show it.
    public var reservation: ReservationRow { ReservationRow(entitlement) }

    /// UTC calendar days from `now` until the reservation expires.
    public func daysLeft(now: Date) -> Int { CalendarDays.from(now, to: expiryDate) }

    /// Soonest first; ties by customer name, then order ID, so the board never reshuffles between loads.
    public static func byExpiry(_ left: ExpiringReservation, _ right: ExpiringReservation) -> Bool {
        if left.expiryDate != right.expiryDate { return left.expiryDate < right.expiryDate }
        if left.customerName != right.customerName { return left.customerName < right.customerName }
        return (left.entitlement.referenceOrder?.id.rawValue ?? "") < (right.entitlement.referenceOrder?.id.rawValue ?? "")
    }
}
