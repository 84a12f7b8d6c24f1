import Foundation
import PartnerCenter
import ReservationsCore
import ReservationsTUI
import TerminalUI
import TestSupport
import Testing
@testable import CatalogFeature

/// The purchase screens as text: form, cart, summary, result, orders, subscriptions with registration.
/// Re-record with RECORD_SNAPSHOTS=1 and review the diff.
struct PurchaseSnapshotTests {
    typealias P = PurchaseFixtures
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    static func name(_ base: String, _ size: Size) -> String { "\(base)-\(size.width)x\(size.height)" }

    @Test("the cart line form with a quantity above the maximum", arguments: sizes)
    func form(size: Size) throws {
        var state = P.formState(size: size)
        _ = Fixtures.type("50", &state)  // 1 → 150
        try assertSnapshot(AppView.render(state).plainText(), named: Self.name("cart-form", size))
    }

    @Test("the cart line form of an Azure-plan line, scope fixed to shared and saying why", arguments: sizes)
    func formAzurePlan(size: Size) throws {
        var state = PurchaseSafetyReducerTests.formState(subscription: 1, size: size)
        _ = Fixtures.press([.tab, .tab], &state)
        try assertSnapshot(AppView.render(state).plainText(), named: Self.name("cart-form-azure-plan", size))
    }

    @Test("the cart line form keeps a typed 1.5 and says why it cannot be added", arguments: sizes)
    func formNotWholeNumber(size: Size) throws {
        var state = P.formState(size: size)
        _ = Fixtures.press([.backspace], &state)
        _ = Fixtures.type("1.5", &state)
        _ = Fixtures.press([.tab], &state)  // the focus moves on; the quantity stays marked
        try assertSnapshot(AppView.render(state).plainText(), named: Self.name("cart-form-not-whole", size))
    }

    @Test("the cart with two lines, one refused by the service", arguments: sizes)
    func cart(size: Size) throws {
        var state = P.cartState(size: size)
        state.focus = .catalog
        _ = Fixtures.press([.down, .down, .char("a")], &state)
        let key = CatalogItemKey(productID: CatalogFixtures.dsv5.id, skuID: "0004")
        _ = AppReducer.reduce(&state, .catalog(.availabilitiesLoaded(key, [
            Availability(id: "DZH318Z0BQ9X", productID: CatalogFixtures.dsv5.id, skuID: "0004", defaultCurrency: CurrencyInfo(code: "USD"),
                         country: "US", terms: [Term(duration: "P1Y", description: "1 year")])
        ].map(AvailabilityRow.init))))
        _ = Fixtures.press([.enter, .char("C")], &state)
        state.cart.draft?.lines[1].problem = "No inventory for Standard_D4s_v5 in westeurope."
        _ = Fixtures.press([.down], &state)
        try assertSnapshot(AppView.render(state).plainText(), named: Self.name("cart", size))
    }

    @Test("the checkout summary with Cancel focused and the typed word", arguments: sizes)
    func summary(size: Size) throws {
        var state = P.confirmingState(size: size)
        _ = Fixtures.type("BU", &state)
        try assertSnapshot(AppView.render(state).plainText(), named: Self.name("checkout-summary", size))
    }

    @Test("the checkout summary of a live session names the tenant and endpoint, each whole within 80 columns", arguments: [
        Size(width: 80, height: 24), Size(width: 100, height: 30),
    ])
    func summaryLive(size: Size) throws {
        var state = P.confirmingState(size: size)
        state.environment = HeaderSnapshotTests.live
        _ = Fixtures.type("BU", &state)
        let screen = AppView.render(state).plainText()
        #expect(screen.contains("Goes to       api.partnercenter.microsoft.com (LIVE)"))
        #expect(screen.contains("Tenant        contoso.onmicrosoft.com"))
        try assertSnapshot(screen, named: Self.name("checkout-summary-live", size))
    }

    @Test("preflight problems listed together", arguments: sizes)
    func problems(size: Size) throws {
        var state = P.cartState(size: size)
        _ = Fixtures.press([.char("b")], &state)
        _ = AppReducer.reduce(&state, .cart(.preflightFinished([
            "Production (CSP) is not registered for reservations (press R on it in the subscriptions pane)",
            "Line 1 Standard_D2s_v5: catalog item DZH318Z0BQ4Z:0001:DZH318Z0BQ3Q is no longer on sale",
        ])))
        try assertSnapshot(AppView.render(state).plainText(), named: Self.name("checkout-problems", size))
    }

    @Test("the checkout result with an order", arguments: sizes)
    func result(size: Size) throws {
        var state = P.confirmingState(size: size)
        _ = Fixtures.type("BUY", &state)
        _ = Fixtures.press([.enter], &state)
        _ = AppReducer.reduce(&state, .cart(.checkoutFinished(P.report())))
        try assertSnapshot(AppView.render(state).plainText(), named: Self.name("checkout-result", size))
    }

    @Test("orders with the new one selected and its provisioning", arguments: sizes)
    func orders(size: Size) throws {
        var state = P.confirmingState(size: size)
        _ = Fixtures.type("BUY", &state)
        _ = Fixtures.press([.enter], &state)
        _ = AppReducer.reduce(&state, .cart(.checkoutFinished(P.report())))
        _ = Fixtures.press([.enter], &state)
        _ = AppReducer.reduce(&state, .orders(.ordersLoaded(Fixtures.customers[0].id, [P.olderOrder(), P.placedOrder()].map(OrderRow.init))))
        _ = AppReducer.reduce(&state, .orders(.orderProvisioningLoaded(P.placedOrderID, [
            ProvisioningRow(ProvisioningStatus(lineItemNumber: 0, status: .fulfilled, quantityProvisioningInformation: nil))
        ])))
        try assertSnapshot(AppView.render(state).plainText(), named: Self.name("orders", size))
    }

    @Test("subscriptions with registration status while one registers", arguments: sizes)
    func subscriptions(size: Size) throws {
        var state = Fixtures.loadedState(size: size)
        _ = AppReducer.reduce(&state, .subscriptions(.registrationStatusLoaded("SUB-0145P-1", .notRegistered)))
        _ = AppReducer.reduce(&state, .subscriptions(.registrationStatusLoaded("SUB-PLAN-1", .registered)))
        _ = AppReducer.reduce(&state, .subscriptions(.registrationStatusLoaded("SUB-0145P-2", .notRegistered)))
        _ = Fixtures.press([.enter, .char("R")], &state)
        try assertSnapshot(AppView.render(state).plainText(), named: Self.name("subscriptions-registration", size))
    }
}
