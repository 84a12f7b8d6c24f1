import Testing
import TerminalUI
import Vocabulary
@testable import ReservationsTUI
@testable import OrdersFeature
@testable import BillingFeature

/// The body screens' states live in one store under their types; these pin that the app state still compares,
/// opens, clears and counts loads as it did with a property per screen.
@Suite struct ScreenStatesTests {
    @Test("two app states are equal only when their screens' states are")
    func equality() {
        var first = Fixtures.loadedState()
        var second = first
        #expect(first == second)
        first.orders = OrdersState(customerID: CustomerID("c1"), customerName: "Contoso")
        #expect(first != second)
        second.orders = OrdersState(customerID: CustomerID("c2"), customerName: "Contoso")
        #expect(first != second)
        second.orders = OrdersState(customerID: CustomerID("c1"), customerName: "Contoso")
        #expect(first == second)
        first.billing = BillingState()
        #expect(first != second)
    }

    @Test("a state changed in place through its accessor keeps the change; nil clears it")
    func mutation() {
        var state = Fixtures.loadedState()
        #expect(state.orders == nil)
        state.orders?.oneTimeOnly = true
        #expect(state.orders == nil)
        state.orders = OrdersState(customerID: CustomerID("c1"), customerName: "Contoso")
        state.orders?.oneTimeOnly = true
        state.orders?.justPlaced.insert(OrderID("o1"))
        #expect(state.orders?.oneTimeOnly == true)
        #expect(state.orders?.justPlaced == [OrderID("o1")])
        state.orders = nil
        #expect(state.orders == nil)
    }

    @Test("a screen's load generation outlives its state and is its own")
    func generations() {
        var state = Fixtures.loadedState()
        state.expiryGeneration += 1
        state.expiryGeneration += 1
        state.expiryBoard = nil
        #expect(state.expiryGeneration == 2)
        #expect(state.catalogGeneration == 0)
        state.catalogGeneration = 5
        #expect(state.expiryGeneration == 2)
    }
}
