import Vocabulary
import ReservationsCore

/// One reservation chosen for renewal, with its customer.
struct RenewalChoice {
    var customerID: CustomerID
    var customerName: String
    var reservation: ReservationRow
}
