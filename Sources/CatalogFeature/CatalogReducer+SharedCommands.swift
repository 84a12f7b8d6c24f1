import ScreenKit
import TerminalUI

// What the shared commands (`/`, Enter, movement, `r`) do on the catalog.

extension CatalogReducer {
    /// `/` starts the filter, Enter shows the selected SKU's details; nil for the commands the app handles
    /// (going back and Tab lead to the lists).
    public static func run<Host: CatalogHost>(_ command: Command, _ state: inout Host) -> [Host.AppEffect]? {
        switch command {
        case .startFilter where state.catalog != nil:
            state.catalog?.isEditingFilter = true
            return []
        case .openSelection: return showCatalogDetail(&state)
        default: return nil
        }
    }

    public static func move<Host: CatalogHost>(_ command: Command, visibleRows: Int, _ state: inout Host) -> [Host.AppEffect] {
        guard var catalog = state.catalog else { return [] }
        state.catalog = nil  // sole owner while mutating, so the rows are not copied
        catalog.table.apply(command, visibleRows: visibleRows, count: catalog.matches.count)
        state.catalog = catalog
        return []
    }

    /// `r`: loads the catalog again from the service, not from the cache.
    public static func refresh<Host: CatalogHost>(_ state: inout Host) -> [Host.AppEffect] {
        guard let catalog = state.catalog else { return [] }
        return startCatalogLoad(view: catalog.request.view, useCache: false, &state)
    }
}
