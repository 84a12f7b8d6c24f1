import PartnerCenter
import ReservationsCore
import ReservationsTUI
import TerminalUI
import Testing
@testable import ScreenKit

struct CustomersReducerTests {
    @Test("starting loads the customers and says so")
    func startLoads() {
        var state = AppState(environment: AppEnvironment(), size: Size(width: 100, height: 30))
        #expect(AppReducer.reduce(&state, .started) == [.customers(.loadCustomers), .cart(.restoreCartDraft), .cart(.findUnfinishedPurchases)])
        #expect(state.customers.load == .loading(loaded: 0, total: nil))
        #expect(state.status == .info("Loading customers…"))
    }

    @Test("the first page selects the first customer, loads its subscriptions and the visible countries")
    func firstPage() {
        var state = AppState(environment: AppEnvironment(), size: Size(width: 100, height: 30))
        _ = AppReducer.reduce(&state, .started)
        let page = Array(Fixtures.customers.prefix(4))
        let effects = AppReducer.reduce(&state, .customers(.customersPageLoaded(page.map(CustomerRow.init), loaded: 4, total: 10, isComplete: false)))
        #expect(effects == [.customers(.loadCustomerDetails(page.map(\.id))), .customers(.loadSubscriptions(page[0].id))])
        #expect(state.customers.selectedCustomer?.name == "Contoso Ltd")
        #expect(state.status == .info("Loading customers… 4 of 10 (Esc to stop)"))
        #expect(state.subscriptions.load == .loading(loaded: 0, total: nil))

        let rest = Array(Fixtures.customers.dropFirst(4))
        let more = AppReducer.reduce(&state, .customers(.customersPageLoaded(rest.map(CustomerRow.init), loaded: 10, total: 10, isComplete: true)))
        #expect(more == [.customers(.loadCustomerDetails(rest.map(\.id)))], "the selection stays; only new visible rows are asked for")
        #expect(state.customers.load == .loaded)
        #expect(state.status == .info("10 customers loaded"))
    }

    @Test("moving the selection loads the new customer's subscriptions and ignores the old customer's late answer")
    func selectionFollowsSubscriptions() {
        var state = Fixtures.loadedState()
        let effects = Fixtures.press([.down], &state)
        #expect(effects == [.customers(.loadSubscriptions(Fixtures.customers[1].id))])
        #expect(state.subscriptions.items.isEmpty)
        _ = AppReducer.reduce(&state, .subscriptions(.subscriptionsLoaded(Fixtures.customers[0].id, Fixtures.subscriptions().map(SubscriptionRow.init))))
        #expect(state.subscriptions.items.isEmpty, "a late answer for the previous customer is dropped")
        _ = AppReducer.reduce(&state, .subscriptions(.subscriptionsLoaded(Fixtures.customers[1].id, Array(Fixtures.subscriptions().prefix(2)).map(SubscriptionRow.init))))
        #expect(state.subscriptions.items.count == 2)
    }

    @Test("moving back to a customer shows its subscriptions kept from before, without a request; r reads them again")
    func subscriptionsKeptForTheSession() {
        var state = Fixtures.loadedState()
        let first = Fixtures.customers[0].id, second = Fixtures.customers[1].id
        _ = Fixtures.press([.down], &state)
        _ = AppReducer.reduce(&state, .subscriptions(.subscriptionsLoaded(second, Array(Fixtures.subscriptions().prefix(2)).map(SubscriptionRow.init))))
        // A registration answer for the first customer's subscription arrives while the second is shown.
        let planID = Fixtures.subscriptions()[1].id
        let pending = state.subscriptionsSeen[first]?.registration[planID]
        _ = AppReducer.reduce(&state, .subscriptions(.registrationStatusLoaded(planID, .registered)))
        let effects = Fixtures.press([.up], &state)
        #expect(!effects.contains(.customers(.loadSubscriptions(first))), "no request for subscriptions already read")
        #expect(state.subscriptions.customerID == first)
        #expect(state.subscriptions.items == Fixtures.subscriptions().map(SubscriptionRow.init))
        #expect(state.subscriptions.load == .loaded)
        #expect(pending == .checking, "the first customer's status read was out when it was left")
        #expect(state.subscriptions.registration[planID] == .known(.registered), "the answer reached the kept copy")
        #expect(!Fixtures.press([.down], &state).contains(.customers(.loadSubscriptions(second))))
        #expect(state.subscriptions.customerID == second)
        #expect(state.subscriptions.items.count == 2, "the second customer's kept subscriptions")
        _ = Fixtures.press([.up], &state)
        _ = Fixtures.press([.char("r")], &state)
        #expect(state.subscriptionsSeen.isEmpty, "r on the customers forgets what was kept")
    }

    @Test("typing a filter narrows the list live, keeps the selection visible, and Esc clears it")
    func liveFilter() {
        var state = Fixtures.loadedState()
        _ = Fixtures.press([.char("/")], &state)
        #expect(state.customers.isEditingFilter)
        _ = Fixtures.type("CONT", &state)
        #expect(state.customers.matches.count == 2)
        #expect(state.customers.selectedCustomer?.name == "Contoso Ltd")
        _ = Fixtures.press([.down], &state)
        #expect(state.customers.selectedCustomer?.name == "Contoso Pharmaceuticals", "arrows move through matches while typing")
        _ = Fixtures.type("x", &state)
        #expect(state.customers.matches.isEmpty)
        #expect(state.customers.selectedCustomer == nil)
        _ = Fixtures.press([.backspace], &state)
        #expect(state.customers.matches.count == 2)
        _ = Fixtures.press([.escape], &state)
        #expect(!state.customers.isEditingFilter)
        #expect(state.customers.filter.isEmpty)
        #expect(state.customers.matches.count == Fixtures.customers.count)
    }

    @Test("the filter matches non-ASCII names and domains")
    func filterNonASCII() {
        var state = Fixtures.loadedState()
        _ = Fixtures.press([.char("/")], &state)
        _ = Fixtures.type("株式", &state)
        #expect(state.customers.matches.count == 1)
        #expect(state.customers.selectedCustomer?.name == "株式会社テスト")
        _ = Fixtures.press([.ctrl("u")], &state)
        _ = Fixtures.type("ålande", &state)
        #expect(state.customers.selectedCustomer?.name == "Ålandeilanden — Réunion")
    }

    @Test("Enter keeps the filter and typed letters then act as keys again")
    func enterKeepsFilter() {
        var state = Fixtures.loadedState()
        _ = Fixtures.press([.char("/")], &state)
        _ = Fixtures.type("tail", &state)
        _ = Fixtures.press([.enter], &state)
        #expect(!state.customers.isEditingFilter)
        #expect(state.customers.filter.text == "tail")
        _ = Fixtures.press([.char("q")], &state)
        #expect(state.shouldQuit, "q quits once the filter is no longer being edited")
    }

    @Test("Esc during a load stops it and says how far it got")
    func escapeCancelsLoad() {
        var state = AppState(environment: AppEnvironment(), size: Size(width: 100, height: 30))
        _ = AppReducer.reduce(&state, .started)
        _ = AppReducer.reduce(&state, .customers(.customersPageLoaded(Array(Fixtures.customerRows.prefix(3)), loaded: 3, total: 10, isComplete: false)))
        #expect(Fixtures.press([.escape], &state) == [.customers(.cancelCustomerLoad)])
        #expect(state.customers.load == .cancelled)
        #expect(state.status.text?.contains("Stopped loading customers at 3") == true)
    }

    @Test("an unknown customer's 404 shows on its row and in the status line as one readable line")
    func detailFailure() {
        var state = AppState(environment: AppEnvironment(), size: Size(width: 100, height: 30))
        _ = AppReducer.reduce(&state, .started)
        _ = AppReducer.reduce(&state, .customers(.customersPageLoaded(Fixtures.customerRows, loaded: 10, total: 10, isComplete: true)))
        let message = "get customer failed (HTTP 404 800002): Customer x was not found."
        _ = AppReducer.reduce(&state, .customers(.customerDetailFailed(Fixtures.customers[0].id, message)))
        #expect(state.status == .error(message))
        #expect(state.customers.detailErrors[Fixtures.customers[0].id] == message)
        let text = AppView.render(state).plainText()
        #expect(text.contains(" 404 800002"))
        let row = text.split(separator: "\n").first { $0.contains("› Contoso Ltd") }.map(String.init) ?? ""
        #expect(row.contains(try! Regex(#"Contoso Ltd\s+\?\s+\?"#)), "the row shows ? for country and market")
    }

    @Test(":customer NAME filters and selects; an unknown command is a warning, not a crash")
    func commandLine() {
        var state = Fixtures.loadedState()
        _ = Fixtures.press([.char(":")], &state)
        _ = Fixtures.type("customer tail", &state)
        let effects = Fixtures.press([.enter], &state)
        #expect(state.customers.selectedCustomer?.name == "Tailspin Toys")
        #expect(effects.contains(.customers(.loadSubscriptions(Fixtures.customers[7].id))))
        _ = Fixtures.press([.char(":")], &state)
        _ = Fixtures.type("frobnicate", &state)
        _ = Fixtures.press([.enter], &state)
        #expect(state.status == .warning("Unknown command :frobnicate. Try :customer NAME, :cart, :orders, :reservations, :expiring, :billing, :help, :quit"))
    }

    @Test("Tab and Enter move between panes; Esc and h come back; 2 without a customer is refused with a reason")
    func focus() {
        var state = Fixtures.loadedState()
        _ = Fixtures.press([.enter], &state)
        #expect(state.focus == .subscriptions)
        #expect(state.breadcrumbs == ["Customers", "Contoso Ltd", "Subscriptions", "Production (CSP)"])
        _ = Fixtures.press([.char("j")], &state)
        #expect(state.subscriptions.table.selectedIndex == 1)
        _ = Fixtures.press([.char("h")], &state)
        #expect(state.focus == .customers)
        _ = Fixtures.press([.tab], &state)
        #expect(state.focus == .subscriptions)
        _ = Fixtures.press([.escape], &state)
        #expect(state.focus == .customers)

        var empty = AppState(environment: AppEnvironment(), size: Size(width: 100, height: 30))
        _ = Fixtures.press([.char("2")], &empty)
        #expect(empty.focus == .customers)
        #expect(empty.status == .warning("Select a customer first"))
    }

    @Test("no key crashes or misbehaves in any state", arguments: [Size(width: 100, height: 30), Size(width: 80, height: 24), Size(width: 20, height: 5)])
    func everyKey(size: Size) {
        let keys: [KeyChord] =
            [.up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .tab, .backTab, .enter, .escape, .backspace,
             .delete, .insert, .function(1), .function(12)]
            + (1...26).map { KeyChord.ctrl(Character(Unicode.Scalar(UInt8(96 + $0)))) }
            + " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~é株".map { .char($0) }
        for first in keys {
            var state = Fixtures.loadedState(size: size)
            for second in keys.shuffled().prefix(12) {
                _ = Fixtures.press([first, second], &state)
                _ = AppView.render(state)
            }
            let count = state.customers.matches.count
            #expect(count == 0 || state.customers.table.selectedIndex < count)
        }
    }
}
