import ReservationsCore
import ScreenKit
import CustomersFeature

extension AppState {
    /// Whose orders `O` and whose reservations `V` open: the customer the shown screen is about, else the one
    /// selected in the lists.
    public var customerToOpen: ShownCustomer? {
        focus.screen.customer(self) ?? customers.selectedCustomer.map { ShownCustomer(id: $0.id, name: $0.name) }
    }
}
