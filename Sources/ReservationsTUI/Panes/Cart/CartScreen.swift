import Vocabulary
import TerminalUI
import ReservationsCore

/// The cart draft, from which checkout starts.
enum CartScreen: Screen {
    static var bindings: [Binding] { CartBindings.all }

    static func render(_ state: AppState, frame: Rect, glyphs: Glyphs, into canvas: inout some Canvas) {
        CartPane.render(state, frame: frame, glyphs: glyphs, into: &canvas)
    }

    static func visibleRows(in layout: AppLayout) -> Int { CartPane.tableRows(in: layout.catalog) }
    static func breadcrumbs(_ state: AppState) -> [String] { (state.cart.draft.map { [$0.customerName] } ?? []) + ["Cart"] }
    static func customer(_ state: AppState) -> (CustomerID, String?)? { state.cart.draft.map { ($0.customerID, $0.country) } }


    static func run(_ command: Command, _ state: inout AppState) -> [Effect]? {
        switch command {
        // The orders of the cart's customer, whoever is selected in the lists.
        case .openOrders:
            state.cart.draft.map { AppReducer.openOrders(customerID: $0.customerID, name: $0.customerName, &state) }
        case .openSelection: AppReducer.editSelectedCartLine(&state)
        default: nil
        }
    }
}
