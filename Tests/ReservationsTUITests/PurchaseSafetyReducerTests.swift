import Foundation
import PartnerCenter
import ReservationsCore
import ReservationsTUI
import TerminalUI
import Testing
@testable import CartFeature

/// What keeps a purchase from going to the wrong place: subscriptions offered by kind and status, registration
/// refused where it cannot help, read-only refusals and dimmed purchase keys.
struct PurchaseSafetyReducerTests {
    typealias F = CatalogFixtures
    typealias P = PurchaseFixtures

    /// The first customer's subscriptions plus an active second MS-AZR-0145P and a second Azure plan.
    static func moreSubscriptions() -> [Subscription] {
        Fixtures.subscriptions() + [
            Subscription(id: "SUB-0145P-3", offerId: "MS-AZR-0145P", offerName: "Microsoft Azure", friendlyName: "Staging", status: .active),
            Subscription(id: "SUB-PLAN-2", offerId: "DZH318Z0BPS6:0001:DZH318Z0BPS6", offerName: "Microsoft Azure plan",
                         friendlyName: "Plan EU", status: .active),
            Subscription(id: "SUB-PLAN-3", offerId: "DZH318Z0BPS6:0001:DZH318Z0BPS6", offerName: "Microsoft Azure plan",
                         friendlyName: "Plan old", status: .disabled),
        ]
    }

    /// The catalog opened on the `subscription`-th subscription, loaded, with the add form open on the first SKU.
    static func formState(subscription: Int, subscriptions: [Subscription] = moreSubscriptions(), size: Size = Size(width: 100, height: 30))
        -> AppState
    {
        var state = Fixtures.loadedState(size: size)
        _ = AppReducer.reduce(&state, .subscriptions(.subscriptionsLoaded(Fixtures.customers[0].id, subscriptions.map(SubscriptionRow.init))))
        _ = Fixtures.press([.enter], &state)
        for _ in 0..<subscription { _ = Fixtures.press([.down], &state) }
        _ = Fixtures.press([.char("c")], &state)
        let generation = state.catalog!.request.generation
        _ = AppReducer.reduce(&state, .catalog(.catalogProductsLoaded(generation: generation, total: 1)))
        _ = AppReducer.reduce(&state, .catalog(.catalogSKUsLoaded(generation: generation, SKUBatch(product: F.dsv5, skus: F.dsv5SKUs), done: 1, total: 1)))
        _ = AppReducer.reduce(&state, .catalog(.catalogFinished(generation: generation)))
        _ = Fixtures.press([.char("a")], &state)
        _ = AppReducer.reduce(&state, .catalog(.availabilitiesLoaded(P.d2sKey, [P.d2sAvailability].map(AvailabilityRow.init))))
        return state
    }

    static func form(_ state: AppState) -> CartLineForm? {
        if case .cartForm(let form)? = state.overlay { return form }
        return nil
    }

    @Test("adding from an Azure-plan catalog offers only active Azure plans, and the line keeps the kind")
    func addFromAzurePlanCatalog() throws {
        let state = Self.formState(subscription: 1)
        #expect(state.catalog?.request.scope == .azurePlan)
        let form = try #require(Self.form(state))
        #expect(form.subscriptions.map(\.id) == ["SUB-PLAN-1", "SUB-PLAN-2"], "no MS-AZR-0145P, no disabled plan")
        #expect(form.template.subscriptionKind == .azurePlan)
    }

    @Test("an Azure-plan line's scope is shared and stays so: ←/→ and Space leave it, and the line is shared")
    func azurePlanScopeFixed() throws {
        var state = Self.formState(subscription: 1)
        var form = try #require(Self.form(state))
        #expect(form.isAzurePlan)
        #expect(form.scope == .shared)
        _ = Fixtures.press([.tab, .tab], &state)
        form = try #require(Self.form(state))
        #expect(form.focus == .scope)
        _ = Fixtures.press([.right, .char(" "), .left, .right], &state)
        form = try #require(Self.form(state))
        #expect(form.scope == .shared, "no key makes it single")
        #expect(form.line?.scope == .shared)
        #expect(AppView.render(state).plainText().contains("shared  Azure plan: always shared at purchase"), "the form says why")
    }

    @Test("an Azure-plan line saved single by an older version is shown and saved shared when edited")
    func azurePlanSingleDraftBecomesShared() throws {
        let state = Self.formState(subscription: 1)
        var template = try #require(Self.form(state)).template
        template.scope = .single
        let form = CartLineForm(template: template, isEditing: true, terms: try #require(Self.form(state)).terms,
                                subscriptions: try #require(Self.form(state)).subscriptions)
        #expect(form.scope == .shared)
        #expect(form.line?.scope == .shared)
    }

    @Test("an MS-AZR-0145P line still offers single scope")
    func legacyScopeCycles() throws {
        var state = Self.formState(subscription: 0)
        #expect(Self.form(state)?.isAzurePlan == false)
        _ = Fixtures.press([.tab, .tab, .right], &state)
        #expect(Self.form(state)?.line?.scope == .single)
    }

    @Test("adding from an MS-AZR-0145P catalog opened on a suspended subscription offers only the active ones")
    func addFromSuspendedSubscriptionsCatalog() throws {
        let state = Self.formState(subscription: 2)
        #expect(state.catalog?.subscription.id == "SUB-0145P-2")
        let form = try #require(Self.form(state))
        #expect(form.subscriptions.map(\.id) == ["SUB-0145P-1", "SUB-0145P-3"])
        #expect(form.line?.subscriptionID == "SUB-0145P-1", "the suspended catalog subscription is not slipped in")
        #expect(form.line?.subscriptionKind == .legacyAzure)
    }

    @Test("editing a line offers only active subscriptions of the line's kind")
    func editOffersSameKind() throws {
        var state = Self.formState(subscription: 0)
        _ = Fixtures.press([.enter, .char("C"), .char("e")], &state)
        let form = try #require(Self.form(state))
        #expect(form.isEditing)
        #expect(form.subscriptions.map(\.id) == ["SUB-0145P-1", "SUB-0145P-3"])
        _ = Fixtures.press([.tab, .tab, .tab, .right, .enter], &state)  // the next subscription, then save
        #expect(state.cart.lines.map(\.subscriptionID) == ["SUB-0145P-3"])
        #expect(state.cart.lines.map(\.subscriptionName) == ["Staging"])
    }

    @Test("a draft saved before the kind was kept takes it from the line's subscription")
    func editOldDraftUsesSubscriptionKind() throws {
        var state = Self.formState(subscription: 1)
        _ = Fixtures.press([.enter, .char("C")], &state)
        state.cart.draft?.lines[0].subscriptionKind = nil
        _ = Fixtures.press([.char("e")], &state)
        let form = try #require(Self.form(state))
        #expect(form.subscriptions.map(\.id) == ["SUB-PLAN-1", "SUB-PLAN-2"])
    }

    @Test("when no subscription fits, the form says so and Enter saves nothing")
    func noneFit() throws {
        var state = Self.formState(subscription: 1)
        _ = Fixtures.press([.enter, .char("C")], &state)
        let before = try #require(state.cart.draft)
        // Both plans were suspended since the line was added.
        let changed = Self.moreSubscriptions().map { subscription -> Subscription in
            var subscription = subscription
            if subscription.kind == .azurePlan { subscription.status = .suspended }
            return subscription
        }
        _ = AppReducer.reduce(&state, .subscriptions(.subscriptionsLoaded(Fixtures.customers[0].id, changed.map(SubscriptionRow.init))))
        _ = Fixtures.press([.char("e")], &state)
        let form = try #require(Self.form(state))
        #expect(form.subscriptions.isEmpty)
        let problem = "No active Azure plan subscription of this customer fits this reservation"
        #expect(form.problems == [problem])
        #expect(AppView.render(state).plainText().contains(problem))
        #expect(Fixtures.press([.enter], &state).isEmpty)
        #expect(state.cart.draft == before)
        #expect(state.status == .warning(problem))
    }

    @Test("R refuses a suspended subscription with the reason and sends nothing; the footer dims it")
    func registerSuspended() throws {
        var state = Fixtures.loadedState()
        _ = Fixtures.press([.enter, .down, .down], &state)
        #expect(state.subscriptions.selected?.id == "SUB-0145P-2")
        #expect(Fixtures.press([.char("R")], &state).isEmpty)
        #expect(state.status == .warning("Dev/Test is suspended: only active subscriptions can be registered"))
        #expect(state.subscriptions.registration["SUB-0145P-2"] != .registering(.registering))
        #expect(Keymap.footerHints(for: state).first { $0.label == "register" }?.isEnabled == false)
        _ = Fixtures.press([.up, .up], &state)
        #expect(Keymap.footerHints(for: state).first { $0.label == "register" }?.isEnabled == true)
    }

    @Test("R refuses a subscription of a customer in a market without reservations")
    func registerInMarketNotSold() throws {
        var state = Fixtures.loadedState()
        _ = Fixtures.press([.down, .down, .down, .down], &state)  // Ålandeilanden — Réunion (RE)
        let customer = Fixtures.customers[4].id
        #expect(state.customers.selectedCustomer?.id == customer)
        _ = AppReducer.reduce(&state, .subscriptions(.subscriptionsLoaded(customer, Fixtures.subscriptions().map(SubscriptionRow.init))))
        _ = Fixtures.press([.enter], &state)
        #expect(state.subscriptions.selected?.isActive == true)
        #expect(Fixtures.press([.char("R")], &state).isEmpty)
        #expect(state.status == .warning("Cannot register: Azure reservations are not sold in RE (the customer's market)"))
        #expect((state.status.text?.count ?? 99) + 1 <= 80, "fits the status line at 80 columns")
    }

    @Test("read-only: purchase keys are dimmed in the footer and in help, other keys are not")
    func readOnlyDims() throws {
        var state = P.cartState()
        state.environment.isReadOnly = true
        let hints = Keymap.footerHints(for: state)
        #expect(hints.first { $0.label == "buy" }?.isEnabled == false)
        #expect(hints.first { $0.label == "edit" }?.isEnabled == true)
        state.environment.isReadOnly = false
        #expect(Keymap.footerHints(for: state).first { $0.label == "buy" }?.isEnabled == true)

        // On screen: the footer's `b buy` is painted dim, not as a key.
        func buyKeyRole(readOnly: Bool) throws -> StyleRole {
            state.environment.isReadOnly = readOnly
            let grid = AppView.render(state)
            let row = try #require((0..<grid.size.height).last { grid.text(ofRow: $0).contains("b buy") })
            let text = grid.text(ofRow: row)
            let column = text.distance(from: text.startIndex, to: try #require(text.range(of: "b buy")).lowerBound)
            return grid[column, row].role
        }
        #expect(try buyKeyRole(readOnly: true) == .dim)
        #expect(try buyKeyRole(readOnly: false) == .footerKey)

        // The help screen lists purchase keys dimmed too (a tall screen shows every table at once).
        func helpRole(_ phrase: String, readOnly: Bool) throws -> StyleRole {
            var tall = state
            tall.environment.isReadOnly = readOnly
            tall.size = Size(width: 100, height: 150)
            tall.overlay = nil
            _ = Fixtures.press([.char("?")], &tall)
            let grid = AppView.render(tall)
            let row = try #require((0..<grid.size.height).first { grid.text(ofRow: $0).contains(phrase) })
            let text = grid.text(ofRow: row)
            let column = text.distance(from: text.startIndex, to: try #require(text.range(of: phrase)).lowerBound)
            return grid[column, row].role
        }
        #expect(try helpRole("Register the Azure subscription", readOnly: true) == .dim)
        #expect(try helpRole("Check out: preflight", readOnly: true) == .dim)
        #expect(try helpRole("Register the Azure subscription", readOnly: false) == .text)
        #expect(try helpRole("Edit the selected line", readOnly: true) == .text)
    }
}
