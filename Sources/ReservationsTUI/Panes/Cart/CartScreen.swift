import Vocabulary
import TerminalUI
import ReservationsCore
import ScreenKit
import CartFeature
import CatalogFeature

/// The cart draft, from which checkout starts.
enum CartScreen: Screen {
    static let title = "Cart"
    static var bindings: [Binding] { CartBindings.all(for: AppState.self) }

    static var openingKeys: [Binding] {
        [Binding(keys: [.char("C")], screenCommand: CartScreenCommand.openCart, help: "Open the cart", footer: "cart",
                 perform: { CartReducer.openCart(&$0) })]
    }

    static var commandLineVerbs: [CommandLineVerb] {
        [CommandLineVerb(["cart"], help: "Open the cart") { _, state in CartReducer.openCart(&state) }]
    }

    static func render(_ state: AppState, frame: Rect, glyphs: Glyphs, into canvas: inout some Canvas) {
        CartPane.render(state, frame: frame, glyphs: glyphs, into: &canvas)
    }

    static func visibleRows(in layout: AppLayout) -> Int { CartPane.tableRows(in: layout.catalog) }
    static func breadcrumbs(_ state: AppState) -> [String] { (state.cart.draft.map { [$0.customerName] } ?? []) + ["Cart"] }
    static func customer(_ state: AppState) -> ShownCustomer? {
        state.cart.draft.map { ShownCustomer(id: $0.customerID, name: $0.customerName, country: $0.country) }
    }

    static func run(_ command: Command, _ state: inout AppState) -> [Effect]? {
        command == .openSelection ? CartReducer.editSelectedCartLine(&state) : nil
    }

    static func move(_ command: Command, visibleRows: Int, _ state: inout AppState) -> [Effect] {
        state.cart.table.apply(command, visibleRows: visibleRows, count: state.cart.lines.count)
        return []
    }
}
