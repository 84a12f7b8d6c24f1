import Foundation
import PartnerCenter
import ReservationsCore
import ReservationsTUI
import TerminalUI
import TestSupport
import Testing
@testable import CartFeature
@testable import ScreenKit

/// The interface's side of purchase safety: a second typed word for a likely duplicate, the unsettled-checkout
/// dialog as text, and orders placed here that Partner Center does not list yet.
struct PurchaseRecoveryReducerTests {
    typealias P = PurchaseFixtures
    static let duplicate = "3 × Standard_D2s_v5 eastus bought 4 minutes ago, order ORD-7F3A21, by alice@jump1"

    /// The summary after a preflight that found an earlier purchase of the same item.
    static func duplicateSummary(size: Size = Size(width: 100, height: 30)) -> AppState {
        var state = P.cartState(size: size)
        _ = Fixtures.press([.char("b")], &state)
        _ = AppReducer.reduce(&state, .cart(.duplicateWarnings([duplicate])))
        _ = AppReducer.reduce(&state, .cart(.preflightFinished([])))
        return state
    }

    @Test("a likely duplicate: BUY is not enough, a second word (AGAIN) is typed before anything is sent")
    func duplicateNeedsSecondWord() throws {
        var state = Self.duplicateSummary()
        guard case .checkout(let summary)? = state.overlay else { Issue.record("no summary"); return }
        #expect(summary.duplicates == [Self.duplicate])
        _ = Fixtures.type("BUY", &state)
        #expect(Fixtures.press([.enter], &state).isEmpty, "BUY alone sends nothing when a duplicate was found")
        guard case .checkout(let second)? = state.overlay else { Issue.record("the dialog closed"); return }
        #expect(second.stage == .confirmingDuplicate)
        #expect(second.confirmation.text.isEmpty)
        #expect(Fixtures.press([.enter], &state).isEmpty, "Cancel is the default again")
        #expect(state.overlay == nil)

        state = Self.duplicateSummary()
        _ = Fixtures.type("BUY", &state)
        _ = Fixtures.press([.enter], &state)
        _ = Fixtures.type("BUY", &state)
        #expect(Fixtures.press([.tab, .enter], &state).isEmpty, "the second word is AGAIN, not BUY")
        state = Self.duplicateSummary()
        _ = Fixtures.type("BUY", &state)
        _ = Fixtures.press([.enter], &state)
        _ = Fixtures.type("AGAIN", &state)
        let effects = Fixtures.press([.enter], &state)
        guard case .checkout(let draft, let allowingDuplicate)? = effects.first?.feature(CartEffect.self) else { Issue.record("no checkout after AGAIN: \(effects)"); return }
        #expect(draft.lines.count == 1)
        #expect(allowingDuplicate, "AGAIN is the operator's second confirmation: the journal's guard is told")
    }

    @Test("the journal finds the same item bought meanwhile (another operator, after the summary): nothing sent, AGAIN is asked for, then a retry keeps it")
    func duplicateFoundWhileRecording() throws {
        var state = P.cartState()
        let draft = try #require(state.cart.draft)
        _ = Fixtures.press([.char("b")], &state)
        _ = AppReducer.reduce(&state, .cart(.duplicateWarnings([])))
        _ = AppReducer.reduce(&state, .cart(.preflightFinished([])))
        _ = Fixtures.type("BUY", &state)
        #expect(Fixtures.press([.enter], &state) == [.cart(.checkout(draft, allowingDuplicate: false))], "no duplicate at the summary: BUY alone")
        #expect(AppReducer.reduce(&state, .cart(.checkoutRefusedAsDuplicate([Self.duplicate]))).isEmpty)
        guard case .checkout(let refused)? = state.overlay else { Issue.record("the dialog closed"); return }
        #expect(refused.stage == .confirmingDuplicate && refused.duplicates == [Self.duplicate] && refused.confirmation.text.isEmpty)
        #expect(state.status == .warning("Nothing was sent: the same item was just bought for this customer. Type AGAIN to buy it again, Esc cancels"))
        #expect(state.cart.draft == draft, "the cart is kept")
        _ = Fixtures.type("BUY", &state)
        #expect(Fixtures.press([.tab, .enter], &state).isEmpty, "BUY again is not the second word")
        _ = Fixtures.press([.escape], &state)
        #expect(state.overlay == nil && state.cart.draft == draft)

        _ = Fixtures.press([.char("b")], &state)
        _ = AppReducer.reduce(&state, .cart(.duplicateWarnings([])))
        _ = AppReducer.reduce(&state, .cart(.preflightFinished([])))
        _ = Fixtures.type("BUY", &state)
        _ = Fixtures.press([.enter], &state)
        _ = AppReducer.reduce(&state, .cart(.checkoutRefusedAsDuplicate([Self.duplicate])))
        _ = Fixtures.type("AGAIN", &state)
        #expect(Fixtures.press([.enter], &state) == [.cart(.checkout(draft, allowingDuplicate: true))])
        // An unknown outcome after AGAIN: the retry keeps the second confirmation (the same request ID is re-sent).
        _ = AppReducer.reduce(&state, .cart(.checkoutFailed("connection dropped")))
        #expect(Fixtures.press([.char("r")], &state) == [.cart(.checkout(draft, allowingDuplicate: true))])
    }

    @Test("without an earlier purchase, BUY checks out at once (no second word)")
    func noDuplicateNoSecondWord() throws {
        var state = P.cartState()
        _ = Fixtures.press([.char("b")], &state)
        _ = AppReducer.reduce(&state, .cart(.duplicateWarnings([])))
        _ = AppReducer.reduce(&state, .cart(.preflightFinished([])))
        _ = Fixtures.type("BUY", &state)
        guard case .checkout? = Fixtures.press([.enter], &state).first?.feature(CartEffect.self) else { Issue.record("BUY should check out"); return }
    }

    @Test("the summary warns of an earlier purchase of the same item", arguments: PurchaseSnapshotTests.sizes)
    func duplicateSummarySnapshot(size: Size) throws {
        let state = Self.duplicateSummary(size: size)
        try assertSnapshot(AppView.render(state).plainText(), named: PurchaseSnapshotTests.name("checkout-duplicate-summary", size))
    }

    @Test("after BUY, the second word is asked for with the earlier purchase named", arguments: PurchaseSnapshotTests.sizes)
    func duplicateAgainSnapshot(size: Size) throws {
        var state = Self.duplicateSummary(size: size)
        _ = Fixtures.type("BUY", &state)
        _ = Fixtures.press([.enter], &state)
        try assertSnapshot(AppView.render(state).plainText(), named: PurchaseSnapshotTests.name("checkout-duplicate-again", size))
    }

    static let crashed = [UnfinishedPurchase(
        intentID: "crash-7", customerID: Fixtures.customers[0].id, lineCount: 1, stage: "checkout sent, answer not received",
        updatedAt: Date(timeIntervalSince1970: 0))]

    @Test("the unsettled-checkout dialog: Later by default, Check only looks", arguments: PurchaseSnapshotTests.sizes)
    func unfinishedSnapshot(size: Size) throws {
        var state = Fixtures.loadedState(size: size)
        _ = AppReducer.reduce(&state, .cart(.unfinishedPurchasesFound(Self.crashed)))
        try assertSnapshot(AppView.render(state).plainText(), named: PurchaseSnapshotTests.name("unfinished-dialog", size))
    }

    @Test("the dialog after looking: what was found, Close by default, Continue", arguments: PurchaseSnapshotTests.sizes)
    func inspectedSnapshot(size: Size) throws {
        var state = Fixtures.loadedState(size: size)
        let found = Self.crashed
        _ = AppReducer.reduce(&state, .cart(.unfinishedPurchasesFound(found)))
        var looked = found[0]
        looked.finding = "Cart b212cdfc is ordered: the checkout went through, but Partner Center does not list its order yet; re-check after 01:35 UTC."
        looked.continuation = CartDraft(token: "recovered-crash-7", customerID: Fixtures.customers[0].id, customerName: "", country: "")
        _ = AppReducer.reduce(&state, .cart(.purchasesInspected([looked])))
        try assertSnapshot(AppView.render(state).plainText(), named: PurchaseSnapshotTests.name("unfinished-inspected", size))
    }

    @Test("Later keeps the checkouts, and the customer list's status still says so after it finishes loading")
    func laterIsRemembered() throws {
        var state = AppState(environment: AppEnvironment(), size: Size(width: 100, height: 30))
        _ = AppReducer.reduce(&state, .started)
        let found = [UnfinishedPurchase(intentID: "k", customerID: Fixtures.customers[0].id, lineCount: 1, stage: "checkout sent",
                                        updatedAt: Date(timeIntervalSince1970: 0))]
        _ = AppReducer.reduce(&state, .cart(.unfinishedPurchasesFound(found)))
        #expect(Fixtures.press([.enter], &state).isEmpty)
        _ = AppReducer.reduce(&state, .cart(.journalNotes(["1 open cart from cart create, not checked out (pcres purchases list)"])))
        _ = AppReducer.reduce(&state, .customers(.customersPageLoaded(Fixtures.customerRows, loaded: 10, total: 10, isComplete: true)))
        #expect(state.status == .warning(
            "10 customers loaded · 1 unsettled checkout kept in the journal (pcres purchases list) · 1 open cart from cart create, not checked out (pcres purchases list)"))
    }

    @Test("orders placed here that Partner Center does not list yet are shown, marked, and dropped once listed")
    func unlistedOrders() throws {
        var state = Fixtures.loadedState()
        _ = Fixtures.press([.char(":")], &state)
        _ = Fixtures.type("orders", &state)
        _ = Fixtures.press([.enter], &state)
        let customer = Fixtures.customers[0].id
        _ = AppReducer.reduce(&state, .orders(.ordersLoaded(customer, [P.olderOrder()].map(OrderRow.init))))
        let placedAt = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-19 …
        let effects = AppReducer.reduce(&state, .orders(.unlistedOrdersFound(customer, [UnlistedOrder(order: P.placedOrder(created: placedAt), placedAt: placedAt)])))
        #expect(effects == [.orders(.loadOrderProvisioning(customer, P.placedOrderID))], "the order not listed yet is selected and its detail read")
        let orders = try #require(state.orders)
        #expect(orders.items.map(\.id) == [P.placedOrderID, "ORD-1111"], "newest first")
        #expect(orders.unlisted[P.placedOrderID] == placedAt)
        let screen = AppView.render(state).plainText()
        #expect(screen.contains("placed \(PurchaseFinding.clock(placedAt)) · not yet listed by Partner Center"), "\(screen)")

        // A reload whose list has it: the mark goes, the order stays once.
        _ = AppReducer.reduce(&state, .orders(.ordersLoaded(customer, [P.placedOrder(created: placedAt), P.olderOrder()].map(OrderRow.init))))
        #expect(state.orders?.unlisted.isEmpty == true)
        #expect(state.orders?.items.map(\.id) == [P.placedOrderID, "ORD-1111"])
        #expect(!AppView.render(state).plainText().contains("not yet listed"))
    }
}
