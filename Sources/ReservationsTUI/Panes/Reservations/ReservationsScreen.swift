import Vocabulary
import TerminalUI

/// One customer's reservations with expiry.
enum ReservationsScreen: Screen {
    static var bindings: [Binding] { ReservationsBindings.all }

    static func render(_ state: AppState, frame: Rect, glyphs: Glyphs, into canvas: inout some Canvas) {
        ReservationsPane.render(state, frame: frame, glyphs: glyphs, into: &canvas)
    }

    static func visibleRows(in layout: AppLayout) -> Int { ReservationsPane.tableRows(in: layout.catalog) }
    static func breadcrumbs(_ state: AppState) -> [String] { state.reservations.map { [$0.customerName, "Reservations"] } ?? [] }
    static func customer(_ state: AppState) -> (CustomerID, String?)? { state.reservations.map { ($0.customerID, nil) } }


    static func run(_ command: Command, _ state: inout AppState) -> [Effect]? {
        command == .openSelection ? AppReducer.showReservationDetail(&state) : nil
    }
}
