import ReservationsCore
import Vocabulary
import TerminalUI

/// The SKU catalog of the customer's country, for one subscription.
enum CatalogScreen: Screen {
    static var bindings: [Binding] { CatalogBindings.all }

    static func render(_ state: AppState, frame: Rect, glyphs: Glyphs, into canvas: inout some Canvas) {
        CatalogPane.render(state, frame: frame, isFocused: true, glyphs: glyphs, into: &canvas)
    }

    static func visibleRows(in layout: AppLayout) -> Int { CatalogPane.tableRows(in: layout.catalog) }

    static func breadcrumbs(_ state: AppState) -> [String] {
        state.catalog.map { [$0.customerName, $0.subscription.displayName, "Catalog"] } ?? []
    }

    static func customer(_ state: AppState) -> (CustomerID, String?)? { state.catalog.map { ($0.customerID, $0.request.country) } }
    static func isEditingFilter(_ state: AppState) -> Bool { state.catalog?.isEditingFilter == true }


    static func run(_ command: Command, _ state: inout AppState) -> [Effect]? {
        switch command {
        case .startFilter where state.catalog != nil:
            startFilter(&state)
        case .openSelection: AppReducer.showCatalogDetail(&state)
        case .goBack, .focusNextPane, .focusPreviousPane, .focusSubscriptions: AppReducer.leaveCatalog(to: .subscriptions, &state)
        case .focusCustomers: AppReducer.leaveCatalog(to: .customers, &state)
        default: nil
        }
    }

    private static func startFilter(_ state: inout AppState) -> [Effect] {
        state.catalog?.isEditingFilter = true
        return []
    }
}
