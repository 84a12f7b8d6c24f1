import Foundation
import PartnerCenter
import ReservationsCore
import ReservationsTUI
import TerminalUI
import TestSupport
import Testing
@testable import CatalogFeature

/// The catalog screen as text, from fixtures. Re-record with RECORD_SNAPSHOTS=1 and review the diff.
struct CatalogSnapshotTests {
    typealias F = CatalogFixtures

    @Test("the catalog at 80x24 takes the body below the header, with the breadcrumb and market")
    func catalog80x24() throws {
        try assertSnapshot(AppView.render(F.loadedState(size: Size(width: 80, height: 24))).plainText(), named: "catalog-80x24")
    }

    @Test("the catalog at 120x40 with a SKU's availability and a restricted inventory answer")
    func catalog120x40() throws {
        var state = F.loadedState(size: Size(width: 120, height: 40))
        _ = Fixtures.press([.down, .down, .down, .down, .enter], &state)
        let key = CatalogItemKey(productID: F.dsv5.id, skuID: "0003")
        _ = AppReducer.reduce(&state, .catalog(.availabilitiesLoaded(key, [
            Availability(id: "DZH318Z0BQ6K", productID: F.dsv5.id, skuID: "0003", defaultCurrency: CurrencyInfo(code: "USD"),
                         country: "US", terms: [Term(duration: "P1Y", description: "1 year")])
        ].map(AvailabilityRow.init))))
        _ = AppReducer.reduce(&state, .catalog(.inventoryChecked(key, [
            InventoryItem(productID: F.dsv5.id, skuID: "0003", isRestricted: true, restrictions: [
                InventoryRestriction(reasonCode: "NotAvailableForSubscription", description: "Not available in japanwest for this subscription")
            ])
        ].map(InventoryRow.init))))
        try assertSnapshot(AppView.render(state).plainText(), named: "catalog-120x40")
    }

    @Test("while loading, a filter in the bottom border and progress in the status line")
    func loadingWithFilter() throws {
        var (state, _) = F.openedState()
        let generation = state.catalog!.request.generation
        _ = AppReducer.reduce(&state, .catalog(.catalogProductsLoaded(generation: generation, total: 24)))
        _ = AppReducer.reduce(&state, .catalog(.catalogSKUsLoaded(generation: generation, SKUBatch(product: F.dsv5, skus: F.dsv5SKUs), done: 12, total: 24)))
        _ = Fixtures.press([.char("/")], &state)
        _ = Fixtures.type("v5 1y", &state)
        try assertSnapshot(AppView.render(state).plainText(), named: "catalog-loading-filter-100x30")
    }
}
