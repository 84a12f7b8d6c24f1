import ScreenKit

// What the shared commands (Enter, movement, the key that opens it) do on the reservations screen.

extension ReservationsReducer {
    /// Enter loads the reservation details behind the selected entitlement; nil for the commands the app handles.
    public static func run<Host: ReservationsHost>(_ command: Command, _ state: inout Host) -> [Host.AppEffect]? {
        command == .openSelection ? showReservationDetail(&state) : nil
    }

    public static func move<Host: ReservationsHost>(_ command: Command, visibleRows: Int, _ state: inout Host) -> [Host.AppEffect] {
        guard var reservations = state.reservations else { return [] }
        let before = reservations.selected
        reservations.table.apply(command, visibleRows: visibleRows, count: reservations.rowCount)
        // The detail follows the cursor once it is open.
        let follows = reservations.detail != nil && reservations.selected != before
        state.reservations = reservations
        return follows ? showReservationDetail(&state) : []
    }

    /// `V`: the reservations of the host's `customerToOpen` (the cart's customer, or orders' opened from another
    /// customer's screen).
    public static func openFromKey<Host: ReservationsHost>(_ state: inout Host) -> [Host.AppEffect] {
        if let shown = state.customerToOpen {
            return openReservations(customerID: shown.id, name: shown.name, &state)
        }
        return openReservationsForSelection(&state)
    }
}
