import ReservationsCore
import TerminalUI
import ScreenKit
import CartFeature

/// The cart draft, from which checkout starts.
enum CartScreen: Screen {
    static let title = "Cart"
    static var bindings: [Binding] { CartBindings.all(for: AppState.self) }
    static var openingKeys: [Binding] { CartBindings.opening(for: AppState.self) }
    static var commandLineVerbs: [CommandLineVerb] { CartBindings.verbs(for: AppState.self) }

    static func render(_ state: AppState, frame: Rect, glyphs: Glyphs, into canvas: inout some Canvas) {
        CartPane.render(state, frame: frame, glyphs: glyphs, into: &canvas)
    }

    static func visibleRows(in layout: AppLayout) -> Int { CartPane.tableRows(in: layout.catalog) }
    static func breadcrumbs(_ state: AppState) -> [String] { (state.cart.draft.map { [$0.customerName] } ?? []) + ["Cart"] }
    static func customer(_ state: AppState) -> ShownCustomer? {
        state.cart.draft.map { ShownCustomer(id: $0.customerID, name: $0.customerName, country: $0.country) }
    }

    static func run(_ command: Command, _ state: inout AppState) -> [Effect]? { CartReducer.run(command, &state) }

    static func move(_ command: Command, visibleRows: Int, _ state: inout AppState) -> [Effect] {
        CartReducer.move(command, visibleRows: visibleRows, &state)
    }
}
