import ReservationsCore
import Testing
import TerminalUI
@testable import ReservationsTUI

/// The keys and `:` verbs that open screens are each screen's own (`Screen.openingKeys`, `commandLineVerbs`),
/// gathered into the global table and the command line; these pin what the central lists used to say.
@Suite struct ScreenOpeningTests {
    @Test("the global keys and the : verbs list every screen's, in the order help always showed them")
    func gatheredInOrder() {
        #expect(GlobalBindings.all.map(\.name) == [
            "focus-next-pane", "focus-previous-pane", "focus-customers", "focus-subscriptions", "open-cart", "open-orders",
            "open-reservations", "open-expiry-board", "open-billing", "open-command-line", "show-help", "quit",
        ])
        #expect(CommandLineVerb.all.map(\.usage) == [
            ":customer NAME", ":cart", ":orders", ":reservations", ":expiring", ":billing", ":help", ":quit",
        ])
    }

    @Test("every pane has its place in the opening order, once, so a new screen's key and verb are gathered")
    func openingOrderListsEveryPane() {
        #expect(Pane.openingOrder.count == Pane.allCases.count)
        #expect(Set(Pane.openingOrder) == Set(Pane.allCases))
    }

    @Test("each : verb and its other names open their screen", arguments: [
        ("cart", Pane.cart), ("orders", .orders), ("reservations", .reservations), ("res", .reservations),
        ("reservation", .reservations), ("expiring", .expiry), ("EXPIRY", .expiry), ("billing", .billing), ("invoices", .billing),
    ])
    func verbsOpen(word: String, pane: Pane) {
        var state = Fixtures.loadedState()
        _ = Fixtures.press([.char(":")], &state)
        _ = Fixtures.type(word, &state)
        _ = Fixtures.press([.enter], &state)
        #expect(state.focus == pane)
        #expect(state.overlay == nil)
    }

    @Test("O in the cart opens the orders of the cart's customer, not of the customer selected in the lists")
    func ordersFromCart() throws {
        var state = PurchaseFixtures.cartState()
        let cartCustomer = try #require(state.cart.draft?.customerID)
        _ = Fixtures.press([.char("1"), .down, .down], &state)
        let selected = try #require(state.customers.selectedCustomer?.id)
        #expect(selected != cartCustomer)
        _ = Fixtures.press([.char("C")], &state)
        #expect(state.focus == .cart)
        let effects = Fixtures.press([.char("O")], &state)
        #expect(state.focus == .orders)
        #expect(state.orders?.customerID == cartCustomer)
        #expect(effects.contains(.orders(.loadOrders(cartCustomer, oneTimeOnly: false))))
        // Outside the cart, O opens the selected customer's.
        _ = Fixtures.press([.char("1"), .char("O")], &state)
        #expect(state.orders?.customerID == selected)
    }
}
