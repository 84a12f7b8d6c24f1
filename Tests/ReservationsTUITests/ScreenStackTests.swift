import Foundation
import PartnerCenter
import ReservationsCore
import Testing
import TerminalUI
@testable import ReservationsTUI

/// Esc goes back to the screen a screen was opened from, not always to the lists; the lists still end the stack, and
/// Tab, `1` and `2` still go there at once.
@Suite struct ScreenStackTests {
    private typealias X = ExpiryBoardFixtures
    private typealias P = PurchaseFixtures

    @Test("a list replaces the stack, a new body screen goes on top, one already in it is gone back to")
    func stackRules() {
        var stack = ScreenStack()
        #expect(stack.top == .customers && stack.screens.isEmpty)
        stack.show(.subscriptions)
        stack.show(.expiry)
        stack.show(.reservations)
        stack.show(.cart)
        #expect(stack.screens == [.expiry, .reservations, .cart])
        stack.show(.reservations)
        #expect(stack.screens == [.expiry, .reservations], "opened again: gone back to, not stacked twice")
        let popped = stack.popToPreviousScreen()
        #expect(popped && stack.top == .expiry)
        let poppedLast = stack.popToPreviousScreen()
        #expect(!poppedLast, "the last body screen is left by the lists' rule, not by the stack")
        stack.dropShownScreen()
        #expect(stack.top == .subscriptions, "the list it was opened on")
        stack.show(.billing)
        stack.show(.customers)
        #expect(stack.top == .customers && stack.screens.isEmpty)
    }

    @Test("the expiry board's Enter opens a customer's reservations; Esc comes back to the board where it was")
    func escBackToTheBoard() {
        var state = X.loadedState()
        _ = Fixtures.press([.char("w"), .down], &state)
        let cursor = state.expiryBoard?.table.selectedIndex
        _ = Fixtures.press([.enter], &state)
        #expect(state.focus == .reservations)
        #expect(Fixtures.press([.escape], &state).isEmpty, "the board is shown as it was; nothing is read again")
        #expect(state.focus == .expiry)
        #expect(state.expiryBoard?.table.selectedIndex == cursor)
        _ = Fixtures.press([.escape], &state)
        #expect(state.focus == .subscriptions, "below the first body screen: the lists, as before")
    }

    @Test("O on reservations opened from the board opens that customer's orders, not the lists' customer's; V there the same customer's reservations")
    func ordersOfTheBoardsCustomer() {
        var state = X.loadedState()
        _ = Fixtures.press([.char("w"), .down, .enter], &state)
        let shown = state.reservations?.customerID
        #expect(shown != nil && shown != state.customers.selectedCustomer?.id)
        #expect(Fixtures.press([.char("O")], &state) == [.orders(.loadOrders(shown!, oneTimeOnly: false))])
        #expect(state.stack.screens == [.expiry, .reservations, .orders])
        _ = Fixtures.press([.escape, .escape], &state)
        #expect(state.focus == .expiry)
        _ = Fixtures.press([.enter, .char("O")], &state)
        #expect(Fixtures.press([.char("V")], &state) == [.reservations(.loadReservations(shown!))], "V from those orders: the same customer")
        #expect(state.stack.screens == [.expiry, .reservations], "and the reservations in the stack are gone back to")
    }

    @Test("O in the cart opens its customer's orders; Esc is the cart again, and C from the orders goes back, not on top")
    func cartAndOrders() {
        var state = P.cartState()
        #expect(state.focus == .cart)
        _ = Fixtures.press([.char("O")], &state)
        #expect(state.focus == .orders)
        _ = Fixtures.press([.escape], &state)
        #expect(state.focus == .cart)
        _ = Fixtures.press([.char("O"), .char("C")], &state)
        #expect(state.stack.screens.last == .cart && state.stack.screens.filter { $0 == .cart }.count == 1)
    }

    @Test("Tab from a screen opened over another goes to the lists at once")
    func tabLeavesTheStack() {
        var state = X.loadedState()
        _ = Fixtures.press([.enter, .tab], &state)
        #expect(state.focus == .customers)
        #expect(state.stack.screens.isEmpty)
    }

    @Test("the orders a checkout placed take the cart's place: Esc from them does not lead back to the emptied cart")
    func placedOrdersReplaceTheCart() throws {
        var state = P.confirmingState()
        let beneath = state.stack.screens.dropLast()
        _ = Fixtures.type("BUY", &state)
        _ = Fixtures.press([.enter], &state)
        _ = AppReducer.reduce(&state, .cart(.checkoutFinished(P.report())))
        _ = Fixtures.press([.enter], &state)
        #expect(state.focus == .orders)
        #expect(state.stack.screens == beneath + [.orders])
        _ = Fixtures.press([.escape], &state)
        #expect(state.focus != .cart)
    }

    @Test("every way out of a loading catalog stops its load first, through the catalog's own leave", arguments: [
        [KeyChord.char("B")], [.char("E")], [.char("O")], [.char("V")], [.char("C")], [.tab], [.char("1")], [.char("h")],
    ])
    func leavingTheCatalogStopsItsLoad(keys: [KeyChord]) {
        var (state, _) = CatalogFixtures.openedState()
        #expect(state.catalog?.load.isLoading == true)
        let effects = Fixtures.press(keys, &state)
        #expect(state.focus != .catalog)
        #expect(effects.first == .catalog(.cancelCatalogLoad), "\(keys): \(effects)")
        #expect(state.catalog?.load == .cancelled)
    }
}
