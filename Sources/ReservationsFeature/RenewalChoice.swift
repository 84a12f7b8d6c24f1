import ReservationsCore
import Vocabulary

/// One reservation chosen for renewal, with its customer.
public struct RenewalChoice: Equatable, Sendable {
    public var customerID: CustomerID
    public var customerName: String
    public var reservation: ReservationRow

    public init(customerID: CustomerID, customerName: String, reservation: ReservationRow) {
        self.customerID = customerID
        self.customerName = customerName
        self.reservation = reservation
    }
}
