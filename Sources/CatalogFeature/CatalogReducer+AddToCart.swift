import CartFeature
import Vocabulary
import ReservationsCore
import TerminalUI
import ScreenKit

// MARK: - Adding a SKU to the cart

/// `a` in the catalog: the line form for the selected SKU, filled from the catalog (its customer, subscription and
/// country); the cart takes the line through its own `store`.
extension CatalogReducer {
    /// `a` in the catalog: opens the line form for the selected SKU, loading its availabilities first if needed.
    public static func addSelectedSKUToCart<Host: CatalogHost>(_ state: inout Host) -> [Host.AppEffect] {
        guard let catalog = state.catalog, let row = catalog.selectedRow, let key = catalog.selectedKey else { return [] }
        if let refusal = CartReducer.cartRefusal(for: catalog.customerID, state) {
            state.status = .warning(refusal)
            return []
        }
        if let detail = catalog.detail, detail.key == key, detail.load == .loaded {
            return openCartForm(row: row, availabilities: detail.availabilities, &state)
        }
        // Availabilities give the catalog item ID and terms; fetch them, then open the form when they arrive.
        let effects = showCatalogDetail(&state)
        state.catalog?.pendingAdd = key
        state.status = .info("Loading availabilities for \(row.name)…")
        return effects
    }

    /// Opens the form for a new line of `row`, defaulting to the catalog's subscription and shared scope.
    public static func openCartForm<Host: CatalogHost>(row: CatalogIndex.Row, availabilities: [AvailabilityRow], _ state: inout Host) -> [Host.AppEffect] {
        guard let catalog = state.catalog else { return [] }
        let terms = availabilities.flatMap { availability in
            availability.terms.map {
                CartLineForm.TermChoice(termDuration: $0.duration, description: $0.description, catalogItemID: availability.catalogItemID)
            }
        }
        guard let first = terms.first else {
            state.status = .warning("\(row.name) has no availability in \(catalog.request.country) now: it cannot be bought")
            return []
        }
        let preferred = terms.first { $0.termDuration == row.termDuration } ?? first
        let template = CartDraftLine(
            id: state.cart.draft?.nextLineID ?? 1, catalogItemID: preferred.catalogItemID, productID: row.productID,
            skuID: row.skuID, skuName: row.name, productTitle: row.productTitle, region: row.region,
            armRegionName: row.armRegionName, termDuration: preferred.termDuration, quantity: max(1, row.minimumQuantity ?? 1),
            minimumQuantity: row.minimumQuantity, maximumQuantity: row.maximumQuantity, scope: .shared,
            subscriptionID: catalog.subscription.id, subscriptionName: catalog.subscription.displayName,
            friendlyName: defaultName(row), requiresInventoryCheck: row.requiresInventoryCheck, unitPrice: row.price, currencyCode: row.currencyCode,
            subscriptionKind: subscriptionKind(of: catalog.request))
        let buyer = CartBuyer(customerID: catalog.customerID, customerName: catalog.customerName, country: catalog.request.country)
        state.cartForm = CartLineForm(
            template: template, isEditing: false, terms: terms, subscriptions: eligibleSubscriptions(for: catalog, state), buyer: buyer)
        state.status = .info("Adding \(row.name): quantity, term, scope and subscription; Enter adds, Esc cancels")
        return []
    }

    /// `Standard_D2s_v5 US East 1Y`: what the reservation is called in Azure unless the operator changes it.
    static func defaultName(_ row: CatalogIndex.Row) -> String {
        String([row.name, row.armRegionName ?? row.region, row.term].compactMap { $0 }.joined(separator: " ")
            .prefix(CartLineForm.maximumNameLength))
    }

    /// The kind of subscription a catalog's reservations are sold for: an Azure-plan catalog is read with
    /// `reservationScope=AzurePlan`, the MS-AZR-0145P one without a scope.
    static func subscriptionKind(of request: CatalogRequest) -> SubscriptionKind {
        request.scope == .azurePlan ? .azurePlan : .legacyAzure
    }

    /// Active subscriptions of the customer that can hold this catalog's reservations (its kind only).
    public static func eligibleSubscriptions<Host: CatalogHost>(for catalog: CatalogState, _ state: Host) -> [SubscriptionRow] {
        let fallback = catalog.subscription.isActive && catalog.subscription.kind == subscriptionKind(of: catalog.request)
            ? catalog.subscription : nil
        return CartReducer.eligibleSubscriptions(
            kind: subscriptionKind(of: catalog.request), customerID: catalog.customerID, fallback: fallback, state)
    }
}
