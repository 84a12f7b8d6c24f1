import ReservationsCore
import Vocabulary
import TerminalUI
import ScreenKit
import CatalogFeature

/// The SKU catalog of the customer's country, for one subscription.
enum CatalogScreen: Screen {
    static let title = "Catalog"
    static var bindings: [Binding] { CatalogBindings.all(for: AppState.self) }
    /// The catalog leaves to the subscription it was opened from, in its own way (``run(_:_:)``).
    static var leadsBackToLists: Bool { false }

    static func render(_ state: AppState, frame: Rect, glyphs: Glyphs, into canvas: inout some Canvas) {
        CatalogPane.render(state, frame: frame, isFocused: true, glyphs: glyphs, into: &canvas)
    }

    static func visibleRows(in layout: AppLayout) -> Int { CatalogPane.tableRows(in: layout.catalog) }

    static func breadcrumbs(_ state: AppState) -> [String] {
        state.catalog.map { [$0.customerName, $0.subscription.displayName, "Catalog"] } ?? []
    }

    static func customer(_ state: AppState) -> ShownCustomer? {
        state.catalog.map { ShownCustomer(id: $0.customerID, name: $0.customerName, country: $0.request.country) }
    }
    static func isEditingFilter(_ state: AppState) -> Bool { state.catalog?.isEditingFilter == true }
    static func filterKey(_ key: KeyChord, _ state: inout AppState) -> [Effect] { CatalogReducer.handleCatalogFilterKey(key, &state) }

    static func run(_ command: Command, _ state: inout AppState) -> [Effect]? {
        switch command {
        // The catalog leads back to the lists in its own way: Tab and 2 to the subscriptions it was opened from.
        case .goBack: AppReducer.back(&state)
        case .focusNextPane, .focusPreviousPane, .focusSubscriptions: AppReducer.show(.subscriptions, &state)
        case .focusCustomers: AppReducer.show(.customers, &state)
        default: CatalogReducer.run(command, &state)
        }
    }

    static func move(_ command: Command, visibleRows: Int, _ state: inout AppState) -> [Effect] {
        CatalogReducer.move(command, visibleRows: visibleRows, &state)
    }

    static func refresh(_ state: inout AppState) -> [Effect] { CatalogReducer.refresh(&state) }
    static func leave(_ state: inout AppState) -> [Effect] { CatalogReducer.leaveCatalog(&state) }
    static func escape(_ state: inout AppState) -> [Effect]? { CatalogReducer.catalogEscape(&state) }
}
