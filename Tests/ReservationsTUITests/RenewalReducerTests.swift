import Foundation
import PartnerCenter
import ReservationsCore
import ReservationsTUI
import ReservationsFeature
import CartFeature
import TerminalUI
import TestSupport
import Testing

/// Renewal from the reservations pane and the expiry board: marks, R, the planned lines in the cart, and the
/// normal checkout after it. Nothing is sent without a typed BUY.
struct RenewalReducerTests {
    typealias R = ReservationsFixtures

    static func plannedLine(_ id: Int, sku: String, order: String, paid: Decimal?) -> CartDraftLine {
        var line = CartDraftLine(
            id: id, catalogItemID: CatalogItemID("DZH318Z0BQ4Z:\(sku):DZH318Z0BQ3Q"), productID: "DZH318Z0BQ4Z", skuID: SKUID(sku),
            skuName: "Standard_D2s_v5", productTitle: "Reserved VM Instances, Dsv5 Series", region: "US East", armRegionName: "eastus",
            termDuration: "P1Y", quantity: 2, minimumQuantity: 1, maximumQuantity: 100, scope: .shared, subscriptionID: "SUB-0145P-1",
            subscriptionName: "Production (CSP)", friendlyName: "Renews VM_RI_11-25-2025_09-00", requiresInventoryCheck: false,
            unitPrice: 640, currencyCode: "USD", subscriptionKind: .legacyAzure)
        line.renewal = RenewalSource(orderID: OrderID(order), expiryDate: R.now.addingTimeInterval(12 * 86_400), paidTotal: paid, paidCurrency: "USD")
        return line
    }

    @Test("Space marks reservations; R plans the marked ones of the customer (reading only); nothing is bought")
    func marksThenRenew() throws {
        var state = R.openState()
        _ = Fixtures.press([.char(" "), .char(" ")], &state)  // the first two rows by expiry: ORD-SOON, ORD-LATER
        #expect(state.reservations?.marked.count == 2)
        #expect(state.status == .info("2 reservations marked; R renews them in one cart"))
        #expect(AppView.render(state).plainText().contains("+ DZH318Z0BQ4Z:0002"), "a marked row shows +")
        let effects = Fixtures.press([.char("R")], &state)
        guard case .planRenewal(let customerID, _, let country, let entitlements, let firstLineID)? = effects.first?.feature(ReservationsEffect.self), effects.count == 1 else {
            Issue.record("expected one planRenewal effect, got \(effects)")
            return
        }
        #expect(customerID == Fixtures.customers[2].id && country == "US" && firstLineID == 1)
        #expect(entitlements.map { $0.orderID?.rawValue } == ["ORD-SOON", "ORD-LATER"])
        #expect(state.cart.draft == nil, "planning adds nothing yet")
    }

    @Test("R without marks renews the selected reservation; read-only refuses it")
    func selectedAndReadOnly() throws {
        var state = R.openState()
        let effects = Fixtures.press([.char("R")], &state)
        guard case .planRenewal(_, _, _, let entitlements, _)? = effects.first?.feature(ReservationsEffect.self) else { Issue.record("\(effects)"); return }
        #expect(entitlements.map { $0.orderID?.rawValue } == ["ORD-SOON"])

        var readOnly = R.openState()
        readOnly.environment.isReadOnly = true
        #expect(Fixtures.press([.char("R")], &readOnly).isEmpty)
        #expect(readOnly.status == .warning("Read-only: renewals are off (they fill the cart to buy) (started with --read-only)"))
    }

    @Test("the planned lines land in the cart with what was paid beside today's price; b runs the preflight, never a checkout", arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40)])
    func plannedIntoCart(size: Size) throws {
        var state = R.openState(size: size)
        _ = Fixtures.press([.char("R")], &state)
        let plan = RenewalPlanner.Plan(
            lines: [Self.plannedLine(1, sku: "0002", order: "ORD-SOON", paid: 1_180.08)], problems: [], priceNote: nil)
        let effects = AppReducer.reduce(&state, .reservations(.renewalPlanned(Fixtures.customers[2].id, customerName: "Fabrikam Inc", country: "US", plan)))
        #expect(state.focus == .cart)
        let draft = try #require(state.cart.draft)
        #expect(effects == [.cart(.saveCartDraft(draft))])
        #expect(draft.customerID == Fixtures.customers[2].id && draft.lines.count == 1)
        #expect(state.status == .success("Added 1 renewal for Fabrikam Inc to the cart; b checks out (preflight, summary, typed BUY)"))
        let screen = AppView.render(state).plainText()
        let renewal = size.width >= 100
            ? "Renews ORD-SOON (expires 2026-12-07) · paid 1,180.08 USD · today 1,280.00 USD"
            : "Renews ORD-SOON · paid 1,180.08 USD · today 1,280.00 USD"  // the expiry goes first at 80 columns
        #expect(screen.contains(renewal), "\(screen)")
        try assertSnapshot(screen, named: "renewal-cart-\(size.width)x\(size.height)")
        let checkout = Fixtures.press([.char("b")], &state)
        #expect(checkout.allSatisfy { if case .checkout? = $0.feature(CartEffect.self) { false } else { true } }, "b never sends: \(checkout)")
        _ = AppReducer.reduce(&state, .cart(.preflightFinished([])))
        let summary = AppView.render(state).plainText()
        #expect(summary.contains("1,280.00 USD (paid 1,180.08 USD)"), "the summary shows today's price and what was paid:\n\(summary)")
        #expect(summary.contains("Type BUY to confirm"))
    }

    @Test("on the expiry board, marks across customers are refused: a cart is one customer's")
    func oneCustomerPerRenewal() throws {
        var state = Fixtures.loadedState()
        _ = Fixtures.press([.char("E")], &state)
        _ = AppReducer.reduce(&state, .expiryBoard(.customersListed(total: 2, now: R.now), generation: 1))
        _ = AppReducer.reduce(&state, .expiryBoard(.customerLoaded(Fixtures.customers[2].id, ExpiryBoardFixtures.fabrikam, done: 1, total: 2), generation: 1))
        _ = AppReducer.reduce(&state, .expiryBoard(.customerLoaded(Fixtures.customers[3].id, ExpiryBoardFixtures.northwind, done: 2, total: 2), generation: 1))
        _ = AppReducer.reduce(&state, .expiryBoard(.finished, generation: 1))
        _ = Fixtures.press([.char("w"), .char("w")], &state)  // 90 days: both customers' reservations
        let count = state.expiryBoard?.shown.count ?? 0
        #expect(count == 3)
        _ = Fixtures.press(Array(repeating: .char(" "), count: count), &state)
        #expect(Fixtures.press([.char("R")], &state).isEmpty)
        #expect(state.status == .warning("A cart is for one customer: the marked reservations belong to 2 customers"))
    }
}
