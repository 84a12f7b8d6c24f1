import Foundation
import PartnerCenter
import ReservationsCore
import ReservationsTUI
import TerminalUI
import Testing
@testable import CatalogFeature

struct CatalogReducerTests {
    typealias F = CatalogFixtures

    func names(_ state: AppState) -> [String] {
        guard let catalog = state.catalog else { return [] }
        return catalog.matches.map { "\(catalog.index.rows[$0].name)/\(catalog.index.rows[$0].term ?? "")" }
    }

    @Test("c on an MS-AZR-0145P subscription opens the catalog for the customer's country without a reservation scope")
    func openLegacy() {
        let (state, effects) = F.openedState()
        let request = CatalogRequest(generation: 1, country: "US", view: .azureReservations, scope: nil)
        #expect(effects == [.catalog(.loadCatalog(request))])
        #expect(state.focus == .catalog)
        #expect(state.catalog?.load == .loading(loaded: 0, total: nil))
        #expect(state.status == .info("Loading catalog for US… (Esc to stop)"))
        #expect(state.breadcrumbs == ["Customers", "Contoso Ltd", "Production (CSP)", "Catalog"])
    }

    @Test("an Azure plan subscription loads the catalog with reservationScope=AzurePlan")
    func openAzurePlan() {
        let (_, effects) = F.openedState(subscription: 1)
        #expect(effects == [.catalog(.loadCatalog(CatalogRequest(generation: 1, country: "US", view: .azureReservations, scope: .azurePlan)))])
    }

    @Test("the catalog is refused, with the reason, for non-Azure subscriptions and for markets without reservations")
    func refusals() {
        let (other, effects) = F.openedState(subscription: 3)
        #expect(effects.isEmpty)
        #expect(other.focus == .subscriptions)
        #expect(other.status == .warning("Microsoft 365 E3 is not an Azure subscription; reservations need MS-AZR-0145P or an Azure plan"))

        var state = Fixtures.loadedState()
        _ = Fixtures.press([.down, .down, .down, .down], &state)  // Ålandeilanden — Réunion (RE)
        _ = AppReducer.reduce(&state, .subscriptions(.subscriptionsLoaded(Fixtures.customers[4].id, Fixtures.subscriptions().map(SubscriptionRow.init))))
        _ = Fixtures.press([.enter], &state)
        #expect(Fixtures.press([.char("c")], &state).isEmpty)
        #expect(state.status == .warning("Azure reservations are not sold in RE (the customer's market)"))
        #expect(state.catalog == nil)
        #expect(Keymap.footerHints(for: state).first { $0.label == "catalog" }?.isEnabled == false)
    }

    @Test("progress streams into the status line; SKUs appear sorted by price as products answer")
    func progress() {
        var (state, _) = F.openedState()
        _ = AppReducer.reduce(&state, .catalog(.catalogProductsLoaded(generation: 1, total: 3)))
        #expect(state.status == .info("Loading catalog for US… 0/3 products (Esc to stop)"))
        _ = AppReducer.reduce(&state, .catalog(.catalogSKUsLoaded(generation: 1, SKUBatch(product: F.dsv5, skus: F.dsv5SKUs), done: 1, total: 3)))
        #expect(state.status == .info("Loading catalog for US… 1/3 products (Esc to stop)"))
        #expect(state.catalog?.index.count == 4)
        _ = AppReducer.reduce(&state, .catalog(.catalogPricesLoaded(generation: 1, PriceList(F.prices))))
        #expect(names(state).first == "Standard_D2s_v5/1Y")
        _ = AppReducer.reduce(&state, .catalog(.catalogSKUsLoaded(generation: 2, SKUBatch(product: F.sql, skus: F.sqlSKUs), done: 2, total: 3)))
        #expect(state.catalog?.index.count == 4, "results of another load are dropped")
        _ = AppReducer.reduce(&state, .catalog(.catalogSKUsLoaded(generation: 1, SKUBatch(product: F.esv5, skus: F.esv5SKUs), done: 2, total: 3)))
        _ = AppReducer.reduce(&state, .catalog(.catalogSKUsLoaded(generation: 1, SKUBatch(product: F.sql, skus: F.sqlSKUs), done: 3, total: 3)))
        _ = AppReducer.reduce(&state, .catalog(.catalogFinished(generation: 1)))
        #expect(state.catalog?.load == .loaded)
        #expect(state.status == .info("7 SKUs for US (all)"))
        #expect(names(state) == [
            "Standard_D2s_v5/1Y", "Standard_D2s_v5/3Y", "Standard_D4s_v5/1Y", "Standard_E4s_v5/1Y", "Standard_D8s_v5/1Y",
            "Standard_E16s_v5/3Y", "SQL_GP_Gen5/3Y",
        ])
    }

    @Test("a failed price sheet leaves prices empty and says so; a failed product is named")
    func partialFailures() {
        var (state, _) = F.openedState()
        _ = AppReducer.reduce(&state, .catalog(.catalogProductsLoaded(generation: 1, total: 2)))
        _ = AppReducer.reduce(&state, .catalog(.catalogPricesFailed(generation: 1, "403 Forbidden")))
        _ = AppReducer.reduce(&state, .catalog(.catalogSKUsLoaded(generation: 1, SKUBatch(product: F.dsv5, skus: F.dsv5SKUs), done: 1, total: 2)))
        _ = AppReducer.reduce(&state, .catalog(.catalogSKUsFailed(generation: 1, productTitle: F.sql.title, "Product not found", done: 2, total: 2)))
        _ = AppReducer.reduce(&state, .catalog(.catalogFinished(generation: 1)))
        #expect(state.catalog?.index.rows.allSatisfy { $0.price == nil } == true)
        #expect(state.status == .warning(
            "4 SKUs for US (all); no partner prices: 403 Forbidden; 1 product failed: SQL Database Reserved Capacity: Product not found"))
    }

    @Test("a complete load is kept in the local cache; one with a failed product or stopped is not")
    func rememberComplete() {
        var (state, _) = F.openedState()
        _ = AppReducer.reduce(&state, .catalog(.catalogProductsLoaded(generation: 1, total: 2)))
        _ = AppReducer.reduce(&state, .catalog(.catalogSKUsLoaded(generation: 1, SKUBatch(product: F.dsv5, skus: F.dsv5SKUs), done: 1, total: 2)))
        _ = AppReducer.reduce(&state, .catalog(.catalogSKUsLoaded(generation: 1, SKUBatch(product: F.sql, skus: F.sqlSKUs), done: 2, total: 2)))
        let request = CatalogRequest(generation: 1, country: "US", view: .azureReservations, scope: nil)
        let index = state.catalog!.index
        #expect(
            AppReducer.reduce(&state, .catalog(.catalogFinished(generation: 1))) == [.catalog(.rememberCatalog(request, index, products: 2)), .catalog(.releaseFreeMemory)])

        var (partial, _) = F.openedState()
        _ = AppReducer.reduce(&partial, .catalog(.catalogProductsLoaded(generation: 1, total: 2)))
        _ = AppReducer.reduce(&partial, .catalog(.catalogSKUsLoaded(generation: 1, SKUBatch(product: F.dsv5, skus: F.dsv5SKUs), done: 1, total: 2)))
        _ = AppReducer.reduce(&partial, .catalog(.catalogSKUsFailed(generation: 1, productTitle: F.sql.title, "Product not found", done: 2, total: 2)))
        #expect(AppReducer.reduce(&partial, .catalog(.catalogFinished(generation: 1))) == [.catalog(.releaseFreeMemory)], "freed, not stored")

        var (stopped, _) = F.openedState()
        _ = AppReducer.reduce(&stopped, .catalog(.catalogProductsLoaded(generation: 1, total: 2)))
        _ = Fixtures.press([.escape], &stopped)
        #expect(AppReducer.reduce(&stopped, .catalog(.catalogFinished(generation: 1))).isEmpty)
    }

    /// The fixture catalog as the cache serves it: every SKU, no prices.
    static func cachedIndex(dropping dropped: SKUID? = nil) -> CatalogIndex {
        let skus = (F.dsv5SKUs + F.esv5SKUs + F.sqlSKUs).filter { !($0.productID == F.esv5.id && $0.id == dropped) }
        return CatalogIndex(products: F.products, skus: skus)
    }

    @Test("a cached catalog shows at once with its age, priced and sorted; a background refresh replaces it in place")
    func cachedThenRefreshed() {
        var (state, _) = F.openedState()
        _ = AppReducer.reduce(&state, .catalog(.catalogPricesLoaded(generation: 1, PriceList(F.prices))))  // prices may come first
        _ = AppReducer.reduce(
            &state, .catalog(.catalogCached(generation: 1, Self.cachedIndex(), age: 720, refreshing: true)))
        #expect(state.catalog?.load == .loaded)
        #expect(state.catalog?.isRefreshing == true)
        #expect(state.status == .info(
            "7 SKUs for US from the cache, fetched 12 min ago; refreshing in the background"))
        #expect(names(state) == [
            "Standard_D2s_v5/1Y", "Standard_D2s_v5/3Y", "Standard_D4s_v5/1Y", "Standard_E4s_v5/1Y", "Standard_D8s_v5/1Y",
            "Standard_E16s_v5/3Y", "SQL_GP_Gen5/3Y",
        ], "the prices that came first are joined")
        _ = Fixtures.press([.char("/")], &state)
        _ = Fixtures.press("v5".map { .char($0) }, &state)  // starts a word of every VM size
        _ = Fixtures.press([.enter, .down, .down], &state)
        #expect(state.catalog?.selectedRow?.name == "Standard_D4s_v5")
        #expect(
            AppReducer.reduce(&state, .catalog(.catalogFinished(generation: 1))) == [.catalog(.releaseFreeMemory)],
            "a cached catalog is not stored again; what reading it freed is given back")

        // The fresh catalog no longer has the E4s_v5 SKU; the selection stays on D4s_v5, prices and filter carry over.
        #expect(
            AppReducer.reduce(&state, .catalog(.catalogRefreshed(generation: 1, Self.cachedIndex(dropping: "0001")))) == [.catalog(.releaseFreeMemory)],
            "the replaced index's memory goes back")
        #expect(state.catalog?.isRefreshing == false)
        #expect(state.catalog?.cachedAge == nil)
        #expect(state.catalog?.selectedRow?.name == "Standard_D4s_v5")
        #expect(names(state) == [
            "Standard_D2s_v5/1Y", "Standard_D2s_v5/3Y", "Standard_D4s_v5/1Y", "Standard_D8s_v5/1Y", "Standard_E16s_v5/3Y",
        ])
        #expect(state.status == .success("Catalog refreshed from Partner Center: 6 SKUs for US"))
        _ = AppReducer.reduce(&state, .catalog(.catalogRefreshed(generation: 1, Self.cachedIndex())))
        #expect(state.catalog?.index.count == 6, "a second refresh result is not expected and dropped")
    }

    @Test("a failed background refresh keeps the cached rows and says how to reload")
    func refreshFailed() {
        var (state, _) = F.openedState()
        _ = AppReducer.reduce(
            &state, .catalog(.catalogCached(generation: 1, Self.cachedIndex(), age: 7200, refreshing: true)))
        _ = AppReducer.reduce(&state, .catalog(.catalogRefreshFailed(generation: 1, "1 of 3 products did not answer (Dsv5: 503)")))
        #expect(state.catalog?.index.count == 7)
        #expect(state.catalog?.isRefreshing == false)
        #expect(state.status == .warning(
            "Could not refresh the cached catalog (1 of 3 products did not answer (Dsv5: 503)); r reloads from Partner Center"))

        var (fresh, _) = F.openedState()
        _ = AppReducer.reduce(&fresh, .catalog(.catalogCached(generation: 1, Self.cachedIndex(), age: 30, refreshing: false)))
        #expect(fresh.status == .info("7 SKUs for US from the cache, fetched just now; r reloads"))
    }

    @Test("a failed product list is an error in the status line and the pane")
    func catalogFailed() {
        var (state, _) = F.openedState()
        _ = AppReducer.reduce(&state, .catalog(.catalogFailed(generation: 1, "Service unavailable")))
        #expect(state.catalog?.load == .failed("Service unavailable"))
        #expect(state.status == .error("Could not load the catalog: Service unavailable"))
    }

    @Test("Esc stops a running load and keeps what arrived; a second Esc goes back to the subscriptions")
    func cancel() {
        var (state, _) = F.openedState()
        _ = AppReducer.reduce(&state, .catalog(.catalogProductsLoaded(generation: 1, total: 24)))
        _ = AppReducer.reduce(&state, .catalog(.catalogSKUsLoaded(generation: 1, SKUBatch(product: F.dsv5, skus: F.dsv5SKUs), done: 1, total: 24)))
        #expect(Fixtures.press([.escape], &state) == [.catalog(.cancelCatalogLoad)])
        #expect(state.catalog?.load == .cancelled)
        #expect(state.status == .warning("Stopped loading the catalog at 1/24 products (4 SKUs); press r to load again"))
        #expect(state.catalog?.index.count == 4)
        #expect(Fixtures.press([.escape], &state).isEmpty)
        #expect(state.focus == .subscriptions)
        #expect(Fixtures.press([.char("c")], &state) == [
            .catalog(.loadCatalog(CatalogRequest(generation: 2, country: "US", view: .azureReservations, scope: nil)))
        ], "a stopped catalog is loaded again when reopened")
    }

    @Test("leaving a complete catalog and coming back reuses it; leaving while loading stops the load")
    func reuse() {
        var state = F.loadedState()
        #expect(Fixtures.press([.char("h")], &state).isEmpty)
        #expect(state.focus == .subscriptions)
        #expect(Fixtures.press([.char("c")], &state).isEmpty)
        #expect(state.focus == .catalog)
        #expect(Fixtures.press([.char("r")], &state) == [
            .catalog(.loadCatalog(CatalogRequest(generation: 2, country: "US", view: .azureReservations, scope: nil, useCache: false)))
        ], "r reloads from the service, not from the cache")
        #expect(Fixtures.press([.tab], &state) == [.catalog(.cancelCatalogLoad)])
        #expect(state.focus == .subscriptions)
    }

    @Test("/ filters as you type with every word matching; Enter keeps it, Esc clears it")
    func filter() {
        var state = F.loadedState()
        _ = Fixtures.press([.char("/")], &state)
        #expect(state.catalog?.isEditingFilter == true)
        _ = Fixtures.type("us east", &state)
        #expect(names(state) == ["Standard_D2s_v5/1Y", "Standard_D2s_v5/3Y", "Standard_E16s_v5/3Y", "SQL_GP_Gen5/3Y"])
        _ = Fixtures.type(" 3y", &state)
        #expect(names(state) == ["Standard_D2s_v5/3Y", "Standard_E16s_v5/3Y", "SQL_GP_Gen5/3Y"])
        _ = Fixtures.press([.down], &state)
        #expect(state.catalog?.selectedRow?.name == "Standard_E16s_v5", "arrows move through matches while typing")
        _ = Fixtures.press([.backspace, .backspace, .backspace], &state)
        #expect(names(state).count == 4, "a shorter query searches everything again")
        #expect(state.catalog?.selectedRow?.name == "Standard_E16s_v5", "the selected SKU stays selected")
        _ = Fixtures.press([.enter], &state)
        #expect(state.catalog?.isEditingFilter == false)
        #expect(state.catalog?.filter.text == "us east")
        _ = Fixtures.press([.char("/"), .escape], &state)
        #expect(state.catalog?.filter.isEmpty == true)
        #expect(names(state).count == 7)
        #expect(state.focus == .catalog)
    }

    @Test("s cycles the sort through price, cores, region and name, keeping the selected SKU")
    func sort() {
        var state = F.loadedState()
        _ = Fixtures.press([.down], &state)  // Standard_D2s_v5/3Y
        _ = Fixtures.press([.char("s")], &state)
        #expect(state.catalog?.sort == .cores)
        #expect(state.status == .info("Sorted by cores"))
        #expect(names(state).prefix(2) == ["Standard_D2s_v5/1Y", "Standard_D2s_v5/3Y"])
        #expect(names(state).last == "Standard_E16s_v5/3Y")
        #expect(state.catalog?.selectedRow?.name == "Standard_D2s_v5")
        _ = Fixtures.press([.char("s")], &state)
        #expect(state.catalog?.sort == .region)
        #expect(names(state).first == "Standard_D4s_v5/1Y", "EU West first")
        _ = Fixtures.press([.char("s")], &state)
        #expect(state.catalog?.sort == .name)
        #expect(names(state).first == "SQL_GP_Gen5/3Y")
        _ = Fixtures.press([.char("s")], &state)
        #expect(state.catalog?.sort == .price)
    }

    @Test("v cycles the view (all, VM, SQL, Cosmos DB) and reloads, dropping the old rows")
    func viewSwitch() {
        var state = F.loadedState()
        let effects = Fixtures.press([.char("v")], &state)
        #expect(effects == [.catalog(.loadCatalog(CatalogRequest(generation: 2, country: "US", view: .azureReservationsVM, scope: nil)))])
        #expect(state.catalog?.index.count == 0)
        #expect(state.catalog?.load == .loading(loaded: 0, total: nil))
        _ = AppReducer.reduce(&state, .catalog(.catalogSKUsLoaded(generation: 1, SKUBatch(product: F.sql, skus: F.sqlSKUs), done: 1, total: 3)))
        #expect(state.catalog?.index.count == 0, "a late answer of the previous view is dropped")
        #expect(Fixtures.press([.char("v")], &state).first
            == .catalog(.loadCatalog(CatalogRequest(generation: 3, country: "US", view: .azureReservationsSQL, scope: nil))))
        _ = Fixtures.press([.char("v"), .char("v")], &state)
        #expect(state.catalog?.request.view == .azureReservations)
    }

    @Test("Enter loads the availabilities; a SKU without an inventory check runs none")
    func availabilities() {
        var state = F.loadedState()
        let key = CatalogItemKey(productID: F.dsv5.id, skuID: "0001")
        #expect(Fixtures.press([.enter], &state) == [.catalog(.loadAvailabilities(key, country: "US", scope: nil))])
        #expect(state.catalog?.inventory.isEmpty == true)
        let availability = Availability(
            id: "DZH318Z0BQ6K", productID: F.dsv5.id, skuID: "0001", defaultCurrency: CurrencyInfo(code: "USD", symbol: "$"),
            country: "US", terms: [Term(duration: "P1Y", description: "1 year")])
        _ = AppReducer.reduce(&state, .catalog(.availabilitiesLoaded(key, [availability].map(AvailabilityRow.init))))
        #expect(state.catalog?.detail?.availabilities == [AvailabilityRow(availability)])
        #expect(state.catalog?.detail?.load == .loaded)
        _ = AppReducer.reduce(&state, .catalog(.availabilitiesLoaded(CatalogItemKey(productID: F.sql.id, skuID: "0001"), [])))
        #expect(state.catalog?.detail?.availabilities == [AvailabilityRow(availability)], "answers for another SKU are dropped")
    }

    @Test("Enter on a SKU that needs an inventory check runs it with the customer, Azure subscription and region")
    func inventory() {
        var state = F.loadedState()
        _ = Fixtures.press([.down, .down, .down, .down], &state)
        #expect(state.catalog?.selectedRow?.name == "Standard_D8s_v5")
        let key = CatalogItemKey(productID: F.dsv5.id, skuID: "0003")
        let effects = Fixtures.press([.enter], &state)
        #expect(effects == [
            .catalog(.loadAvailabilities(key, country: "US", scope: nil)),
            .catalog(.checkInventory(key, customerID: Fixtures.customers[0].id, azureSubscriptionID: "SUB-0145P-1",
                            armRegionName: "japanwest", country: "US")),
        ])
        let inventoryKey = InventoryKey(item: key, armRegionName: "japanwest")
        #expect(state.catalog?.inventory == [inventoryKey: .checking])

        _ = AppReducer.reduce(&state, .catalog(.inventoryChecked(key, [
            InventoryItem(productID: F.dsv5.id, skuID: "0003", isRestricted: true, restrictions: [
                InventoryRestriction(reasonCode: "NotAvailableForSubscription", description: "Not available in japanwest for this subscription")
            ])
        ].map(InventoryRow.init))))
        #expect(state.catalog?.inventory[inventoryKey] == .restricted("Not available in japanwest for this subscription"))
        #expect(state.status == .warning("No inventory for Standard_D8s_v5 in japanwest: Not available in japanwest for this subscription"))

        _ = Fixtures.press([.enter], &state)
        #expect(state.catalog?.inventory[inventoryKey] == .checking, "Enter asks again")
        _ = AppReducer.reduce(&state, .catalog(.inventoryChecked(key, [InventoryItem(productID: F.dsv5.id, skuID: "0003")].map(InventoryRow.init))))
        #expect(state.catalog?.inventory[inventoryKey] == .available)
        #expect(state.status == .success("Inventory available for Standard_D8s_v5 in japanwest"))

        _ = Fixtures.press([.enter], &state)
        _ = AppReducer.reduce(&state, .catalog(.inventoryCheckFailed(key, "Bad request")))
        #expect(state.catalog?.inventory[inventoryKey] == .failed("Bad request"))
        #expect(state.status == .error("Inventory check for Standard_D8s_v5 in japanwest failed: Bad request"))
    }

    @Test("an inventory answer is kept per SKU: after moving away and back, and when it arrives after the cursor moved")
    func inventoryIsKept() throws {
        var state = F.loadedState(size: Size(width: 80, height: 24))
        _ = Fixtures.press([.down, .down, .down, .down], &state)
        #expect(AppView.render(state).plainText().contains("Enter shows the availabilities and runs the inventory check this SKU needs"),
                "not asked yet: the whole hint fits at 80 columns")
        _ = Fixtures.press([.enter], &state)
        let row = try #require(state.catalog?.selectedRow)
        let key = CatalogItemKey(productID: F.dsv5.id, skuID: "0003")
        _ = Fixtures.press([.up], &state)  // moved on before the answer came
        _ = AppReducer.reduce(&state, .catalog(.inventoryChecked(key, [InventoryItem(productID: F.dsv5.id, skuID: "0003")].map(InventoryRow.init))))
        #expect(state.catalog?.inventory(of: row) == .available)
        #expect(state.status == .success("Inventory available for Standard_D8s_v5 in japanwest"))
        _ = Fixtures.press([.down], &state)
        #expect(state.catalog?.selectedRow?.name == "Standard_D8s_v5")
        let screen = AppView.render(state).plainText().split(separator: "\n").map(String.init)
        let skuRow = try #require(screen.first { $0.contains("Standard_D8s_v5") && $0.contains("Japan West") })
        #expect(skuRow.contains(" ok "), "the Inv column shows the answer: \(skuRow)")
        #expect(!skuRow.contains("chk"))
        #expect(screen.contains { $0.contains("Inventory in japanwest: available") })
        #expect(!screen.contains { $0.contains("runs the inventory check") }, "a known answer is not asked for again")

        // A reload of the same catalog (r) keeps the answer; the rows come back.
        _ = Fixtures.press([.char("r")], &state)
        #expect(state.catalog?.inventory(of: row) == .available)
    }
}
