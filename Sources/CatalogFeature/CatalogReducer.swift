import Vocabulary
import ReservationsCore
import TerminalUI
import ScreenKit

/// The catalog's reducer: opening and loading it (streamed, cached), its views, sort and filter, details,
/// availabilities and inventory checks, and leaving it (a running load stops). Over any ``CatalogHost``.
public enum CatalogReducer {
    /// Opens the catalog for the selected customer and subscription, reusing a complete load of the same one.
    public static func openCatalog<Host: CatalogHost>(_ state: inout Host) -> [Host.AppEffect] {
        if let reason = CatalogBindings.unavailableReason(state) {
            state.status = .warning(reason)
            return []
        }
        guard let customer = state.selectedCustomer, let subscription = state.selectedSubscription,
            let country = state.customerCountry(customer.id)
        else { return [] }
        if let catalog = state.catalog, catalog.customerID == customer.id, catalog.subscription.id == subscription.id,
            catalog.request.country == country, catalog.load == .loaded
        {
            let left = state.showCatalogScreen()
            state.status = .info("\(catalog.index.count) SKUs for \(country)")
            return left
        }
        let request = CatalogRequest(
            generation: state.catalogGeneration, country: country, view: .azureReservations,
            scope: CatalogLoader.reservationScope(for: subscription))
        state.catalog = CatalogState(
            customerID: customer.id, customerName: customer.name, subscription: subscription, request: request)
        let left = state.showCatalogScreen()
        return left + startCatalogLoad(view: .azureReservations, &state)
    }

    /// Starts a load of the open catalog for `view`, keeping sort and filter; `useCache: false` skips the local cache.
    public static func startCatalogLoad<Host: CatalogHost>(view: CatalogView, useCache: Bool = true, _ state: inout Host) -> [Host.AppEffect] {
        guard var catalog = state.catalog else { return [] }
        state.catalog = nil  // sole owner while mutating, so 100,000 rows are not copied on write
        state.catalogGeneration += 1
        var request = catalog.request
        request.generation = state.catalogGeneration
        request.view = view
        request.useCache = useCache
        catalog.reset(request: request)
        catalog.load = .loading(loaded: 0, total: nil)
        state.status = .info(catalog.progressText)
        state.catalog = catalog
        return [Host.catalogEffect(.loadCatalog(request))]
    }

    public static func cycleSort<Host: CatalogHost>(_ state: inout Host) -> [Host.AppEffect] {
        guard var catalog = state.catalog else { return [] }
        state.catalog = nil  // sole owner while mutating, so 100,000 rows are not copied on write
        catalog.sort = catalog.sort.next
        catalog.resort()
        state.status = .info("Sorted by \(catalog.sort.rawValue)")
        state.catalog = catalog
        return []
    }

    public static func cycleCatalogView<Host: CatalogHost>(_ state: inout Host) -> [Host.AppEffect] {
        guard let catalog = state.catalog else { return [] }
        let effects = startCatalogLoad(view: catalog.request.view.next, &state)
        return effects
    }

    /// Enter on a SKU: its availabilities, and an inventory check when the SKU requires one.
    public static func showCatalogDetail<Host: CatalogHost>(_ state: inout Host) -> [Host.AppEffect] {
        guard var catalog = state.catalog, let row = catalog.selectedRow, let key = catalog.selectedKey else { return [] }
        state.catalog = nil  // sole owner while mutating, so 100,000 rows are not copied on write
        let detail = CatalogDetail(key: key)
        var effects: [Host.AppEffect] = [
            Host.catalogEffect(.loadAvailabilities(key, country: catalog.request.country, scope: catalog.request.scope))
        ]
        if row.requiresInventoryCheck {
            // Asked again on every Enter: inventory changes, and the operator asked.
            catalog.inventory[InventoryKey(item: key, armRegionName: row.armRegionName)] = .checking
            // For MS-AZR-0145P the CSP subscription ID is the Azure subscription ID; Azure plans name it in entitlementId.
            let azureSubscriptionID = catalog.subscription.entitlementID ?? catalog.subscription.id.rawValue
            effects.append(
                Host.catalogEffect(.checkInventory(
                    key, customerID: catalog.customerID, azureSubscriptionID: azureSubscriptionID,
                    armRegionName: row.armRegionName, country: catalog.request.country)))
            state.status = .info("Checking inventory for \(row.name) in \(row.armRegionName ?? row.region ?? "?")…")
        }
        catalog.detail = detail
        state.catalog = catalog
        return effects
    }

    /// The catalog is left for another screen or the lists: a running load stops (the catalog is reloaded when
    /// opened again), and so does typing a filter.
    public static func leaveCatalog<Host: CatalogHost>(_ state: inout Host) -> [Host.AppEffect] {
        guard var catalog = state.catalog else { return [] }
        state.catalog = nil  // sole owner while mutating, so 100,000 rows are not copied on write
        catalog.isEditingFilter = false
        var effects: [Host.AppEffect] = []
        if catalog.load.isLoading {
            catalog.load = .cancelled
            state.status = .warning("Stopped loading the catalog")
            effects.append(Host.catalogEffect(.cancelCatalogLoad))
        }
        state.catalog = catalog
        return effects
    }

    /// Esc in the catalog: stop a load, else clear the filter, else go back one screen (to the subscriptions).
    public static func catalogEscape<Host: CatalogHost>(_ state: inout Host) -> [Host.AppEffect] {
        guard var catalog = state.catalog else { return state.goBack() }
        if case .loading(let done, let total) = catalog.load {
            catalog.load = .cancelled
            let progress = total.map { " at \(done)/\($0) products" } ?? ""
            state.status = .warning("Stopped loading the catalog\(progress) (\(catalog.index.count) SKUs); press r to load again")
            state.catalog = catalog
            return [Host.catalogEffect(.cancelCatalogLoad)]
        }
        if !catalog.filter.isEmpty {
            state.catalog = nil
            catalog.filter.clear()
            catalog.applyFilter()
            state.catalog = catalog
            return []
        }
        return state.goBack()
    }

    public static func handleCatalogFilterKey<Host: CatalogHost>(_ key: KeyChord, _ state: inout Host) -> [Host.AppEffect] {
        if case .up = key { return state.runMovement(key) }
        if case .down = key { return state.runMovement(key) }
        if case .pageUp = key { return state.runMovement(key) }
        if case .pageDown = key { return state.runMovement(key) }
        guard var catalog = state.catalog else { return [] }
        state.catalog = nil  // sole owner while mutating, so 100,000 rows are not copied on write
        defer { state.catalog = catalog }
        _ = catalog.editFilter(with: key)
        return []
    }

    /// Results of catalog effects; those of an earlier load or another SKU are dropped.
    public static func reduce<Host: CatalogHost>(_ state: inout Host, _ action: CatalogAction) -> [Host.AppEffect] {
        guard var catalog = state.catalog else { return [] }
        state.catalog = nil  // sole owner while mutating, so 100,000 rows are not copied on write
        defer { state.catalog = catalog }
        let current = catalog.request.generation
        switch action {
        case .catalogProductsLoaded(let generation, let total):
            guard generation == current, catalog.load.isLoading else { return [] }
            catalog.load = .loading(loaded: 0, total: total)
            state.status = .info(catalog.progressText)
        case .catalogSKUBatchLoaded(let generation, let batch):
            guard generation == current, catalog.load.isLoading else { return [] }
            catalog.append(batch)
        case .catalogSKUsLoaded(let generation, let batch, let done, let total):
            guard generation == current, catalog.load.isLoading else { return [] }
            catalog.append(batch)
            catalog.load = .loading(loaded: catalog.load.answered(atLeast: done), total: total)
            state.status = .info(catalog.progressText)
        case .catalogSKUsFailed(let generation, let productTitle, let message, let done, let total):
            guard generation == current, catalog.load.isLoading else { return [] }
            catalog.failedProducts.append("\(productTitle): \(message)")
            catalog.load = .loading(loaded: catalog.load.answered(atLeast: done), total: total)
            state.status = .info(catalog.progressText)
        case .catalogFinished(let generation):
            guard generation == current else { return [] }
            guard catalog.load.isLoading else {
                // Served from the cache: the stream ends once the price sheet is in; give back what reading freed.
                return catalog.cachedAge != nil ? [Host.catalogEffect(.releaseFreeMemory)] : []
            }
            var effects: [Host.AppEffect] = []
            // Only a complete load is kept: a partial one would hide products at the next open.
            if case .loading(_, let total?) = catalog.load, catalog.failedProducts.isEmpty {
                effects.append(Host.catalogEffect(.rememberCatalog(catalog.request, catalog.index, products: total)))
            }
            effects.append(Host.catalogEffect(.releaseFreeMemory))
            catalog.load = .loaded
            var text = "\(catalog.index.count) SKUs for \(catalog.request.country) (\(catalog.request.view.label))"
            if let reason = catalog.pricesUnavailable { text += "; no partner prices: \(reason)" }
            if !catalog.failedProducts.isEmpty {
                state.status = .warning(text + "; \(Plural.count(catalog.failedProducts.count, "product")) failed: \(catalog.failedProducts[0])")
            } else {
                state.status = catalog.pricesUnavailable == nil ? .info(text) : .warning(text)
            }
            return effects
        case .catalogCached(let generation, let index, let age, let refreshing):
            guard generation == current, catalog.load.isLoading else { return [] }
            catalog.replaceIndex(with: index)
            catalog.cachedAge = age
            catalog.isRefreshing = refreshing
            catalog.load = .loaded
            let then = refreshing ? "refreshing in the background" : "r reloads"
            state.status = .info(
                "\(catalog.index.count) SKUs for \(catalog.request.country) from the cache, fetched \(CatalogState.ageText(age)); \(then)")
        case .catalogRefreshed(let generation, let index):
            guard generation == current, catalog.isRefreshing else { return [] }
            catalog.replaceIndex(with: index)
            catalog.cachedAge = nil
            catalog.isRefreshing = false
            if state.isCatalogShown {
                state.status = .success("Catalog refreshed from Partner Center: \(catalog.index.count) SKUs for \(catalog.request.country)")
            }
            return [Host.catalogEffect(.releaseFreeMemory)]
        case .catalogRefreshFailed(let generation, let message):
            guard generation == current, catalog.isRefreshing else { return [] }
            catalog.isRefreshing = false
            if state.isCatalogShown {
                state.status = .warning("Could not refresh the cached catalog (\(message)); r reloads from Partner Center")
            }
        case .catalogFailed(let generation, let message):
            guard generation == current else { return [] }
            catalog.load = .failed(message)
            state.status = .error("Could not load the catalog: \(message)")
        case .catalogPricesLoaded(let generation, let entries):
            guard generation == current else { return [] }
            catalog.applyPrices(entries)
        case .catalogPricesFailed(let generation, let message):
            guard generation == current else { return [] }
            catalog.pricesUnavailable = message
            if !catalog.load.isLoading, state.isCatalogShown { state.status = .warning("No partner prices: \(message)") }
        case .availabilitiesLoaded(let key, let items):
            guard catalog.detail?.key == key else { return [] }
            catalog.detail?.availabilities = items
            catalog.detail?.load = .loaded
            if catalog.pendingAdd == key, let row = catalog.selectedRow, catalog.selectedKey == key {
                catalog.pendingAdd = nil
                state.catalog = catalog
                let effects = openCartForm(row: row, availabilities: items, &state)
                catalog = state.catalog ?? catalog
                return effects
            }
        case .availabilitiesFailed(let key, let message):
            guard catalog.detail?.key == key else { return [] }
            catalog.detail?.load = .failed(message)
            if catalog.pendingAdd == key {
                catalog.pendingAdd = nil
                state.status = .error("Cannot add to the cart: the availabilities did not load (\(message))")
            }
        case .inventoryChecked(let key, let items):
            // Kept per SKU and region even when the cursor has moved on: the Inv column shows it.
            let (row, inventoryKey) = inventoryTarget(key, in: catalog)
            let name = row?.name ?? key.skuID.rawValue
            let region = row.flatMap { $0.armRegionName ?? $0.region }.map { " in \($0)" } ?? ""
            guard let item = items.first(where: { $0.skuID == key.skuID }) ?? items.first(where: { $0.skuID == nil }) else {
                catalog.inventory[inventoryKey] = .failed("the service did not answer for this SKU")
                state.status = .warning("Inventory check for \(name)\(region): no answer for this SKU")
                return []
            }
            if item.isRestricted {
                let reason = item.reasons.isEmpty ? "restricted" : item.reasons.joined(separator: "; ")
                catalog.inventory[inventoryKey] = .restricted(reason)
                state.status = .warning("No inventory for \(name)\(region): \(reason)")
            } else {
                catalog.inventory[inventoryKey] = .available
                state.status = .success("Inventory available for \(name)\(region)")
            }
        case .inventoryCheckFailed(let key, let message):
            let (row, inventoryKey) = inventoryTarget(key, in: catalog)
            catalog.inventory[inventoryKey] = .failed(message)
            let region = row.flatMap { $0.armRegionName ?? $0.region }.map { " in \($0)" } ?? ""
            state.status = .error("Inventory check for \(row?.name ?? key.skuID.rawValue)\(region) failed: \(message)")
        }
        return []
    }

    /// The row an inventory answer is for and where it is kept (the SKU's ARM region, which the check was made for).
    static func inventoryTarget(_ key: CatalogItemKey, in catalog: CatalogState) -> (CatalogIndex.Row?, InventoryKey) {
        let row = catalog.index.firstRow(productID: key.productID, skuID: key.skuID).map { catalog.index.rows[$0] }
        return (row, InventoryKey(item: key, armRegionName: row?.armRegionName))
    }
}
