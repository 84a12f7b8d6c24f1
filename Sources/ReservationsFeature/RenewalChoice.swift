import ReservationsCore
import ScreenKit

/// One reservation chosen for renewal, with its customer.
public struct RenewalChoice: Equatable, Sendable {
    public var customer: ShownCustomer
    public var reservation: ReservationRow

    public init(customer: ShownCustomer, reservation: ReservationRow) {
        self.customer = customer
        self.reservation = reservation
    }
}
