import Vocabulary
import ReservationsCore

/// The customer a screen is about: the header shows its market, and `O` and `V` open its orders and reservations
/// from any screen about one customer.
struct ShownCustomer: Equatable {
    var id: CustomerID
    var name: String
    /// The country when the screen knows it (the catalog and the cart do); else the customer list's.
    var country: String?
}

extension AppState {
    /// Whose orders `O` and whose reservations `V` open: the customer the shown screen is about, else the one
    /// selected in the lists.
    var customerToOpen: ShownCustomer? {
        focus.screen.customer(self) ?? customers.selectedCustomer.map { ShownCustomer(id: $0.id, name: $0.name) }
    }
}
