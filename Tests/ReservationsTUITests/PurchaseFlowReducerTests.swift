import Foundation
import PartnerCenter
import ReservationsCore
import ReservationsTUI
import TerminalUI
import Testing
@testable import CartFeature
@testable import ScreenKit

/// The purchase flow step by step: cart form, draft, preflight, confirmation, checkout, orders, registration.
struct PurchaseFlowReducerTests {
    typealias P = PurchaseFixtures

    @Test("a in the catalog fetches the availabilities first, then opens the form with the SKU's defaults")
    func addOpensForm() throws {
        var state = CatalogFixtures.loadedState()
        let effects = Fixtures.press([.char("a")], &state)
        #expect(effects.contains(.catalog(.loadAvailabilities(P.d2sKey, country: "US", scope: nil))))
        #expect(state.overlay == nil)
        _ = AppReducer.reduce(&state, .catalog(.availabilitiesLoaded(P.d2sKey, [P.d2sAvailability].map(AvailabilityRow.init))))
        guard case .cartForm(let form)? = state.overlay else { Issue.record("no form: \(String(describing: state.overlay))"); return }
        #expect(form.quantity.text == "1")
        #expect(form.terms.map(\.termDuration) == ["P1Y"])
        #expect(form.template.catalogItemID == P.d2sAvailability.catalogItemID)
        #expect(form.template.unitPrice == Decimal(string: "612.36"))
        #expect(form.scope == .shared)
        #expect(form.subscriptions.map(\.id) == ["SUB-0145P-1"], "only active MS-AZR-0145P subscriptions fit this catalog")
        #expect(form.friendlyName.text == "Standard_D2s_v5 eastus 1Y")
    }

    @Test("a wrong quantity is kept as typed, explained in the form, and Enter adds nothing", arguments: [
        "1.5", "-1", "0", "101", "", "2x", "+3", "99999999999999999999999",
    ])
    func badQuantity(typed: String) throws {
        var state = P.formState()
        _ = Fixtures.press([.backspace], &state)
        _ = Fixtures.type(typed, &state)
        guard case .cartForm(let form)? = state.overlay else { Issue.record("form closed"); return }
        #expect(form.quantity.text == typed, "what was typed stays, so the mistake is visible")
        let problem = typed.isEmpty
            ? "Quantity must be a whole number from 1 to 100"
            : "Quantity must be a whole number from 1 to 100, not \"\(typed)\""
        #expect(form.problems.first == problem)
        #expect(form.line == nil)
        #expect(form.lineTotal == nil, "no total for a quantity that cannot be bought")
        let effects = Fixtures.press([.enter], &state)
        #expect(effects.isEmpty)
        #expect(state.cart.draft == nil)
        #expect(state.status == .warning(problem))
        if case .cartForm? = state.overlay {} else { Issue.record("the form must stay open with the typed value") }
    }

    @Test("the form shows the typed 1.5 and the error, never Ready")
    func badQuantityOnScreen() throws {
        var state = P.formState(size: Size(width: 80, height: 24))
        _ = Fixtures.press([.backspace], &state)
        _ = Fixtures.type("1.5", &state)
        let screen = AppView.render(state).plainText()
        #expect(screen.contains("Quantity       1.5"))
        #expect(screen.contains("Quantity must be a whole number from 1 to 100, not \"1.5\""))
        #expect(!screen.contains("Ready"))
    }

    @Test("a whole number in the SKU's limits is accepted (surrounding spaces ignored)", arguments: ["1", "100", " 42 "])
    func goodQuantity(typed: String) throws {
        var state = P.formState()
        _ = Fixtures.press([.backspace], &state)
        _ = Fixtures.type(typed, &state)
        guard case .cartForm(let form)? = state.overlay else { Issue.record("form closed"); return }
        #expect(form.problems.isEmpty)
        #expect(form.line?.quantity == Int(typed.trimmingCharacters(in: .whitespaces)))
    }

    @Test("a valid form adds a line to the draft and saves it; Esc adds nothing")
    func addLine() throws {
        var state = P.formState()
        _ = Fixtures.press([.backspace], &state)
        _ = Fixtures.type("3", &state)
        _ = Fixtures.press([.tab, .tab, .right], &state)  // scope: shared → single
        let effects = Fixtures.press([.enter], &state)
        let draft = try #require(state.cart.draft)
        #expect(draft.lines.count == 1)
        #expect(draft.lines[0].quantity == 3)
        #expect(draft.lines[0].scope == .single)
        #expect(draft.customerName == "Contoso Ltd" && draft.country == "US")
        #expect(effects == [.cart(.saveCartDraft(draft))])
        #expect(draft.totals.first?.amount == Decimal(string: "1837.08"))

        var other = P.formState()
        _ = Fixtures.press([.escape], &other)
        #expect(other.cart.draft == nil && other.overlay == nil)
    }

    @Test("a second customer's SKU is refused while the cart holds another customer's lines")
    func oneCustomerPerCart() throws {
        var state = P.cartState()
        state.cart.draft?.customerID = "someone-else"
        state.cart.draft?.customerName = "Fabrikam Inc"
        state.focus = .catalog
        _ = Fixtures.press([.char("a")], &state)
        #expect(state.overlay == nil)
        #expect(state.status.text?.contains("Fabrikam Inc") == true)
    }

    @Test("remove and undo a line; edit keeps the line number")
    func removeUndoEdit() throws {
        var state = P.cartState()
        #expect(state.focus == .cart)
        var effects = Fixtures.press([.char("d")], &state)
        #expect(state.cart.lines.isEmpty)
        #expect(effects.count == 1)
        effects = Fixtures.press([.char("u")], &state)
        #expect(state.cart.lines.count == 1)
        _ = Fixtures.press([.char("e"), .backspace], &state)
        _ = Fixtures.type("7", &state)
        _ = Fixtures.press([.enter], &state)
        #expect(state.cart.lines.map(\.quantity) == [7])
        #expect(state.cart.lines.map(\.id) == [1])
    }

    @Test("checkout runs the preflight; problems are listed together and the cart stays")
    func preflightProblems() throws {
        var state = P.cartState()
        let draft = try #require(state.cart.draft)
        let effects = Fixtures.press([.char("b")], &state)
        #expect(effects == [.cart(.preflight(draft))])
        _ = AppReducer.reduce(&state, .cart(.preflightFinished(["Subscription Production (CSP) is not registered", "No inventory in japanwest"])))
        guard case .checkout(let flow)? = state.overlay, case .problems(let problems) = flow.stage else {
            Issue.record("no problems stage"); return
        }
        #expect(problems.count == 2)
        _ = Fixtures.press([.enter], &state)
        #expect(state.overlay == nil)
        #expect(state.cart.draft == draft)
    }

    @Test("quantity limits and the market are checked locally too, alongside the service's problems")
    func localProblems() throws {
        var state = P.cartState()
        state.cart.draft?.lines[0].quantity = 500
        state.cart.draft?.country = "RU"
        _ = Fixtures.press([.char("b")], &state)
        _ = AppReducer.reduce(&state, .cart(.preflightFinished(["remote problem"])))
        guard case .checkout(let flow)? = state.overlay, case .problems(let problems) = flow.stage else {
            Issue.record("no problems stage"); return
        }
        #expect(problems.count == 3)
        #expect(problems.contains { $0.contains("above the maximum of 100") })
        #expect(problems.last == "remote problem")
    }

    @Test("Cancel is the default: Enter without the typed word buys nothing")
    func cancelIsDefault() throws {
        var state = P.confirmingState()
        var effects = Fixtures.press([.enter], &state)
        #expect(effects.isEmpty && state.overlay == nil)
        #expect(state.cart.lines.count == 1)

        state = P.confirmingState()
        _ = Fixtures.type("by", &state)
        effects = Fixtures.press([.tab, .enter], &state)
        #expect(effects.isEmpty)
        #expect(state.status == .warning("Type BUY to confirm the purchase"))
    }

    @Test("a typed buy in lower case, Enter on Cancel or on Buy, is answered with a hint to use capitals; nothing is bought", arguments: [false, true])
    func lowerCaseBuy(tabToBuy: Bool) throws {
        var state = P.confirmingState()
        _ = Fixtures.type("buy", &state)
        let effects = Fixtures.press(tabToBuy ? [.tab, .enter] : [.enter], &state)
        #expect(effects.isEmpty)
        #expect(state.status == .warning("Type BUY in capitals to confirm; Esc cancels"))
        guard case .checkout(let flow)? = state.overlay else { Issue.record("the dialog closed"); return }
        #expect(flow.confirmation.text == "buy", "what was typed stays, to be corrected")
        #expect(state.cart.lines.count == 1)
    }

    @Test("typing BUY and Enter checks out exactly the summarised draft; the result jumps to the new order")
    func confirmAndBuy() throws {
        var state = P.confirmingState()
        let draft = try #require(state.cart.draft)
        _ = Fixtures.type("BUY", &state)
        let effects = Fixtures.press([.enter], &state)
        #expect(effects == [.cart(.checkout(draft, allowingDuplicate: false))])
        #expect(Fixtures.press([.escape, .char("q")], &state).isEmpty, "keys are ignored while the checkout is in flight")
        #expect(!state.shouldQuit)
        let saved = AppReducer.reduce(&state, .cart(.checkoutFinished(P.report())))
        #expect(saved == [.cart(.saveCartDraft(nil))])
        #expect(state.cart.draft == nil)
        let opened = Fixtures.press([.enter], &state)
        #expect(state.focus == .orders)
        #expect(opened == [.orders(.loadOrders(Fixtures.customers[0].id, oneTimeOnly: false))])
        let detail = AppReducer.reduce(&state, .orders(.ordersLoaded(Fixtures.customers[0].id, [P.olderOrder(), P.placedOrder()].map(OrderRow.init))))
        #expect(state.orders?.selected?.id == P.placedOrderID, "the new order is selected even though it was listed second")
        #expect(detail == [.orders(.loadOrderProvisioning(Fixtures.customers[0].id, P.placedOrderID))])
    }

    @Test("an unknown outcome keeps the cart, and retry sends the same draft again")
    func unknownOutcome() throws {
        var state = P.confirmingState()
        let draft = try #require(state.cart.draft)
        _ = Fixtures.type("BUY", &state)
        _ = Fixtures.press([.enter], &state)
        _ = AppReducer.reduce(&state, .cart(.checkoutFailed("connection dropped")))
        #expect(state.cart.draft == draft)
        #expect(Fixtures.press([.char("r")], &state) == [.cart(.checkout(draft, allowingDuplicate: false))])
    }

    @Test("a checkout refused before sending (the ledger could not record it) says nothing was sent, not an unknown outcome")
    func refusedBeforeSending() throws {
        var state = P.confirmingState()
        let draft = try #require(state.cart.draft)
        _ = Fixtures.type("BUY", &state)
        _ = Fixtures.press([.enter], &state)
        let reason = "Nothing was sent: the purchase could not be recorded. The team ledger is offline."
        #expect(AppReducer.reduce(&state, .cart(.checkoutFailed(reason, nothingSent: true))).isEmpty)
        #expect(state.cart.draft == draft)
        #expect(state.status == .error(reason + " The cart is kept"))
        let screen = AppView.render(state).plainText()
        #expect(screen.contains("Nothing was sent") && !screen.contains("outcome unknown"))
        #expect(Fixtures.press([.escape], &state).isEmpty, "Esc closes without sending")
        #expect(state.overlay == nil && state.cart.draft == draft)
        #expect(state.status == .warning("Nothing was sent; the cart is kept. Press b to try again"))
    }

    @Test("lines the service refused stay in the cart with their problem; nothing is removed")
    func serviceRefusedLines() throws {
        var state = P.confirmingState()
        _ = Fixtures.type("BUY", &state)
        _ = Fixtures.press([.enter], &state)
        _ = AppReducer.reduce(&state, .cart(.checkoutFinished(CheckoutReport(
            orders: [], failures: [], boughtLineIDs: [], lineProblems: [1: "Catalog item is no longer current"]))))
        #expect(state.cart.lines.first?.problem == "Catalog item is no longer current")
        #expect(state.status.text?.contains("nothing was bought") == true)
    }

    @Test("read-only refuses checkout and registration with the reason")
    func readOnly() throws {
        var state = P.cartState()
        state.environment.isReadOnly = true
        #expect(Fixtures.press([.char("b")], &state).isEmpty)
        #expect(state.overlay == nil)
        #expect(state.status == .warning("Read-only: purchases are off (started with --read-only)"))
        state.focus = .subscriptions
        #expect(Fixtures.press([.char("R")], &state).isEmpty)
        #expect(state.status == .warning("Read-only: registering subscriptions is off (started with --read-only)"))
        state.environment.readOnlyCause = "profile contoso-prod is read-only"
        _ = Fixtures.press([.char("R")], &state)
        #expect(state.status == .warning("Read-only: registering subscriptions is off (profile contoso-prod is read-only)"))
        #expect(state.status.text.map { $0.count + 1 <= 80 } == true, "the refusal fits an 80-column status line")
    }

    @Test("registration: statuses are fetched for Azure subscriptions, R registers and follows until registered")
    func registration() throws {
        var state = AppState(environment: AppEnvironment(), size: Size(width: 100, height: 30))
        _ = AppReducer.reduce(&state, .started)
        _ = AppReducer.reduce(&state, .customers(.customersPageLoaded(Fixtures.customerRows, loaded: 10, total: 10, isComplete: true)))
        let customer = Fixtures.customers[0].id
        let effects = AppReducer.reduce(&state, .subscriptions(.subscriptionsLoaded(customer, Fixtures.subscriptions().map(SubscriptionRow.init))))
        #expect(effects == [
            .subscriptions(.loadAzureEntitlements(customer, ["SUB-PLAN-1"])),
            .subscriptions(.loadRegistrationStatuses(customer, ["SUB-0145P-1", "SUB-PLAN-1", "SUB-0145P-2"])),
        ])
        _ = AppReducer.reduce(&state, .subscriptions(.registrationStatusLoaded("SUB-0145P-1", .notRegistered)))
        #expect(state.subscriptions.registration["SUB-0145P-1"]?.label == "no")
        _ = Fixtures.press([.enter], &state)
        #expect(Fixtures.press([.char("R")], &state) == [.subscriptions(.registerSubscription(customer, "SUB-0145P-1"))])
        _ = AppReducer.reduce(&state, .subscriptions(.registrationStatusLoaded("SUB-0145P-1", .registering)))
        #expect(state.subscriptions.registration["SUB-0145P-1"] == .registering(.registering))
        _ = AppReducer.reduce(&state, .subscriptions(.registrationFinished("SUB-0145P-1")))
        #expect(state.subscriptions.registration["SUB-0145P-1"]?.isRegistered == true)
        #expect(state.status == .success("Production (CSP) is registered for reservations"))
        _ = Fixtures.press([.down, .down, .down], &state)
        #expect(Fixtures.press([.char("R")], &state).isEmpty, "Microsoft 365 is not an Azure subscription")
    }

    @Test("the Azure subscriptions under a plan show under the list when the plan is selected")
    func azureSubscriptionsUnderPlan() throws {
        var state = Fixtures.loadedState(size: Size(width: 80, height: 24))
        _ = AppReducer.reduce(&state, .subscriptions(.azureEntitlementsLoaded("SUB-PLAN-1", [
            AzureEntitlement(id: "5f1c-aaaa", friendlyName: "Prod EU", status: .active, subscriptionId: "SUB-PLAN-1"),
            AzureEntitlement(id: "5f1c-bbbb", friendlyName: "Sandbox", status: .suspended, subscriptionId: "SUB-PLAN-1"),
        ].map(AzureSubscriptionRow.init))))
        _ = Fixtures.press([.enter, .down], &state)
        let screen = AppView.render(state).plainText()
        #expect(screen.contains("Under this plan: Prod EU (active), Sandbox (suspended)"))
        _ = Fixtures.press([.up], &state)
        #expect(!AppView.render(state).plainText().contains("Under this plan"))
    }

    @Test("a restored draft is announced; an unreadable one is reported with where it went")
    func restoredDraft() throws {
        var state = P.cartState()
        let draft = try #require(state.cart.draft)
        var fresh = Fixtures.loadedState()
        _ = AppReducer.reduce(&fresh, .cart(.cartDraftRestored(.draft(draft))))
        #expect(fresh.cart.draft == draft)
        #expect(fresh.status == .info("Restored the cart for Contoso Ltd: 1 line; C opens it"))
        _ = AppReducer.reduce(&fresh, .customers(.customersPageLoaded([], loaded: 10, total: 10, isComplete: true)))
        #expect(fresh.status == .warning("10 customers loaded · Restored the cart for Contoso Ltd: 1 line; C opens it"),
                "the notice outlives the next message")
        _ = Fixtures.press([.char("C")], &fresh)
        _ = AppReducer.reduce(&fresh, .customers(.customersPageLoaded([], loaded: 10, total: 10, isComplete: true)))
        #expect(fresh.status == .info("10 customers loaded"))
        _ = AppReducer.reduce(&state, .cart(.cartDraftRestored(.movedAside(movedTo: "/x/cart-draft.json.corrupt-1", reason: "not valid JSON"))))
        #expect(state.status.text?.contains("/x/cart-draft.json.corrupt-1") == true)
    }

    @Test("a start-up notice (a corrupt journal moved aside) stays visible after the customers load")
    func startupNotice() throws {
        var environment = AppEnvironment()
        environment.startupNotices = ["The checkout journal was unreadable and was moved to /x/j.corrupt-1"]
        var state = AppState(environment: environment, size: Size(width: 100, height: 30))
        _ = AppReducer.reduce(&state, .started)
        _ = AppReducer.reduce(&state, .customers(.customersPageLoaded(Fixtures.customerRows, loaded: 10, total: 10, isComplete: true)))
        #expect(state.status == .warning("10 customers loaded · The checkout journal was unreadable and was moved to /x/j.corrupt-1"))
    }

    @Test("unfinished checkouts from an earlier run: Later is the default, Check only looks, Continue opens the summary and only BUY sends")
    func unfinishedAtStart() throws {
        var state = Fixtures.loadedState()
        let found = [UnfinishedPurchase(intentID: "draft-a-0-ff", customerID: Fixtures.customers[0].id, lineCount: 2,
                                        stage: "checkout sent, answer not received", updatedAt: Date(timeIntervalSince1970: 0))]
        _ = AppReducer.reduce(&state, .cart(.unfinishedPurchasesFound(found)))
        #expect(state.overlay == .unfinished(found, focusedButton: 0))
        var later = state
        #expect(Fixtures.press([.enter], &later).isEmpty, "Enter on the default button sends nothing")
        #expect(later.overlay == nil)
        var escaped = state
        #expect(Fixtures.press([.escape], &escaped).isEmpty)
        #expect(escaped.overlay == nil)

        #expect(Fixtures.press([.tab, .enter], &state) == [.cart(.inspectPurchases(found))], "Check only looks")
        var draft = CartDraft(token: "recovered-draft-a-0-ff", customerID: Fixtures.customers[0].id, customerName: "", country: "")
        draft.recoveredIntentID = "draft-a-0-ff"
        var inspected = found[0]
        inspected.finding = "Cart c-1 is active: the checkout sent earlier did not go through; nothing was bought with it."
        inspected.continuation = draft
        _ = AppReducer.reduce(&state, .cart(.purchasesInspected([inspected])))
        #expect(state.overlay == .unfinished([inspected], focusedButton: 0))
        var closed = state
        #expect(Fixtures.press([.enter], &closed).isEmpty, "Close is the default after looking, too")
        #expect(closed.overlay == nil)

        var readOnly = state
        readOnly.environment.isReadOnly = true
        #expect(Fixtures.press([.tab, .enter], &readOnly).isEmpty, "read-only: there is no Continue")

        let effects = Fixtures.press([.tab, .enter], &state)
        guard case .preflight(let sent)? = effects.first?.feature(CartEffect.self), case .checkout(let flow)? = state.overlay else {
            Issue.record("Continue should open the checkout with a preflight: \(effects)"); return
        }
        #expect(sent.recoveredIntentID == "draft-a-0-ff")
        #expect(flow.stage == .checking)
        _ = AppReducer.reduce(&state, .cart(.preflightFinished([])))
        #expect(Fixtures.press([.enter], &state).isEmpty, "the summary's default is Cancel")
        #expect(state.overlay == nil)
    }

    @Test(":cart and :orders open the panes; t toggles one-time orders")
    func commandLine() throws {
        var state = P.cartState()
        state.focus = .customers
        _ = Fixtures.press([.char(":")], &state)
        _ = Fixtures.type("orders", &state)
        #expect(Fixtures.press([.enter], &state) == [.orders(.loadOrders(Fixtures.customers[0].id, oneTimeOnly: false))])
        #expect(state.focus == .orders)
        #expect(Fixtures.press([.char("t")], &state) == [.orders(.loadOrders(Fixtures.customers[0].id, oneTimeOnly: true))])
        _ = Fixtures.press([.char(":")], &state)
        _ = Fixtures.type("cart", &state)
        _ = Fixtures.press([.enter], &state)
        #expect(state.focus == .cart)
    }
}

/// Amounts as the panes print them.
struct MoneyTextTests {
    @Test("grouped thousands, two decimals, and no minus sign on an amount that rounds to zero")
    func format() {
        #expect(MoneyText.format(1_234_567.891, currency: "USD") == "1,234,567.89 USD")
        #expect(MoneyText.format(-11_854.2, currency: "EUR") == "-11,854.20 EUR")
        #expect(MoneyText.format(-0.0, currency: "USD") == "0.00 USD")
        #expect(MoneyText.format(-0.004, currency: nil) == "0.00")
    }

    @Test("ISO 4217 minor units: JPY and KRW without decimals, KWD with three, an unknown code with two")
    func minorUnits() {
        #expect(MoneyText.format(-9_724_673.0, currency: "JPY") == "-9,724,673 JPY")
        #expect(MoneyText.format(1_234.6, currency: "krw") == "1,235 krw")
        #expect(MoneyText.format(12.3456, currency: "KWD") == "12.346 KWD")
        #expect(MoneyText.format(12.3456, currency: "XYZ") == "12.35 XYZ")
        #expect(MoneyText.format(-0.4, currency: "JPY") == "0 JPY")
        #expect(MoneyText.format(9_000.0, currency: "JPY", showsCode: false) == "9,000")
    }
}
