import Vocabulary
import TerminalUI

/// One customer's reservations with expiry.
enum ReservationsScreen: Screen {
    static let title = "Reservations"
    static var bindings: [Binding] { ReservationsBindings.all }

    static var openingKeys: [Binding] {
        [Binding(keys: [.char("V")], screenCommand: ReservationsScreenCommand.openReservations,
                 help: "Open the reservations of the selected customer, by expiry",
                 unavailable: { $0.customers.selectedCustomer == nil && $0.reservations == nil ? "Select a customer first" : nil },
                 perform: AppReducer.openReservationsForSelection)]
    }

    static var commandLineVerbs: [CommandLineVerb] {
        [CommandLineVerb(["reservations", "reservation", "res"], help: "Open the reservations of the selected customer") { _, state in
            AppReducer.openReservationsForSelection(&state)
        }]
    }

    static func render(_ state: AppState, frame: Rect, glyphs: Glyphs, into canvas: inout some Canvas) {
        ReservationsPane.render(state, frame: frame, glyphs: glyphs, into: &canvas)
    }

    static func visibleRows(in layout: AppLayout) -> Int { ReservationsPane.tableRows(in: layout.catalog) }
    static func breadcrumbs(_ state: AppState) -> [String] { state.reservations.map { [$0.customerName, "Reservations"] } ?? [] }
    static func customer(_ state: AppState) -> (CustomerID, String?)? { state.reservations.map { ($0.customerID, nil) } }

    static func run(_ command: Command, _ state: inout AppState) -> [Effect]? {
        command == .openSelection ? AppReducer.showReservationDetail(&state) : nil
    }

    static func move(_ command: Command, visibleRows: Int, _ state: inout AppState) -> [Effect] {
        guard var reservations = state.reservations else { return [] }
        let before = reservations.selected
        reservations.table.apply(command, visibleRows: visibleRows, count: reservations.rowCount)
        // The detail follows the cursor once it is open.
        let follows = reservations.detail != nil && reservations.selected != before
        state.reservations = reservations
        return follows ? AppReducer.showReservationDetail(&state) : []
    }

    static func refresh(_ state: inout AppState) -> [Effect] { AppReducer.openReservationsForSelection(&state) }
}
