import Foundation
import PartnerCenter
import ReservationsCore
import ReservationsTUI
import TerminalUI
import Testing
@testable import ExpiryFeature

struct ExpiryBoardReducerTests {
    typealias X = ExpiryBoardFixtures

    @Test("E opens the board and asks for one load; :expiring shows the same board without loading again")
    func opens() {
        var state = Fixtures.loadedState()
        let effects = Fixtures.press([.char("E")], &state)
        #expect(effects == [.expiryBoard(.load(generation: 1))])
        #expect(state.focus == .expiry)
        #expect(state.expiryBoard?.load.isLoading == true)
        _ = Fixtures.press([.escape], &state)  // stops the load
        _ = Fixtures.press([.escape], &state)  // back to the lists
        #expect(state.focus != .expiry)
        _ = Fixtures.press([.char(":")], &state)
        _ = Fixtures.type("expiring", &state)
        #expect(Fixtures.press([.enter], &state).isEmpty)
        #expect(state.focus == .expiry)
    }

    @Test("progress shows in the status line as customers answer, and rows arrive sorted by expiry")
    func progress() {
        var state = X.openState(total: 4)
        #expect(state.status == .info("Expiry board: 0/4 customers (Esc stops)"))
        _ = AppReducer.reduce(&state, .expiryBoard(.customerLoaded(Fixtures.customers[3].id, X.northwind, done: 1, total: 4), generation: 1))
        _ = AppReducer.reduce(&state, .expiryBoard(.customerLoaded(Fixtures.customers[2].id, X.fabrikam, done: 2, total: 4), generation: 1))
        #expect(state.status == .info("Expiry board: 2/4 customers (Esc stops)"))
        #expect(state.expiryBoard?.load == .loading(loaded: 2, total: 4))
        // All three arrived, the 30-day window shows the one within 12 days.
        #expect(state.expiryBoard?.entries.map { $0.entitlement.referenceOrder!.id.rawValue } == ["ORD-FAB-12", "ORD-NW-40", "ORD-FAB-75"])
        #expect(state.expiryBoard?.shown.map { $0.entitlement.referenceOrder!.id.rawValue } == ["ORD-FAB-12"])
    }

    @Test("w cycles the window 30 → 60 → 90 → 30 without a request, keeping the selected row")
    func window() {
        var state = X.loadedState()
        #expect(state.expiryBoard?.shown.count == 1)
        #expect(Fixtures.press([.char("w")], &state).isEmpty)
        #expect(state.expiryBoard?.windowDays == 60)
        #expect(state.expiryBoard?.shown.count == 2)
        _ = Fixtures.press([.down], &state)
        #expect(state.expiryBoard?.selected?.entitlement.referenceOrder?.id == "ORD-NW-40")
        _ = Fixtures.press([.char("w")], &state)
        #expect(state.expiryBoard?.windowDays == 90)
        #expect(state.expiryBoard?.shown.map(\.customerName) == ["Fabrikam Inc", "Northwind Traders", "Fabrikam Inc", "Tailspin Toys"])
        #expect(state.expiryBoard?.selected?.entitlement.referenceOrder?.id == "ORD-NW-40")
        _ = Fixtures.press([.char("w")], &state)
        #expect(state.expiryBoard?.windowDays == 30)
        #expect(state.expiryBoard?.table.selectedIndex == 0)
    }

    @Test("Esc while loading cancels, keeps what arrived, and says the board is partial; late results are dropped")
    func cancel() {
        var state = X.openState(total: 4)
        _ = AppReducer.reduce(&state, .expiryBoard(.customerLoaded(Fixtures.customers[2].id, X.fabrikam, done: 1, total: 4), generation: 1))
        #expect(Fixtures.press([.escape], &state) == [.expiryBoard(.cancel)])
        #expect(state.focus == .expiry)
        #expect(state.expiryBoard?.load == .cancelled)
        #expect(state.expiryBoard?.isPartial == true)
        #expect(state.status == .warning("Expiry board stopped at 1/4 customers; it is partial"))
        _ = AppReducer.reduce(&state, .expiryBoard(.customerLoaded(Fixtures.customers[3].id, X.northwind, done: 2, total: 4), generation: 1))
        #expect(state.expiryBoard?.entries.count == 2)
        let screen = AppView.render(state).plainText()
        #expect(screen.contains("· partial"))
        #expect(screen.contains("Partial: stopped at 1/4 customers"))
    }

    @Test("a customer that cannot be read leaves the board partial and named; r starts a fresh load")
    func failures() {
        var state = X.openState(total: 2)
        _ = AppReducer.reduce(&state, .expiryBoard(.customerFailed(name: "Northwind Traders", "throttled", done: 1, total: 2), generation: 1))
        _ = AppReducer.reduce(&state, .expiryBoard(.customerLoaded(Fixtures.customers[2].id, X.fabrikam, done: 2, total: 2), generation: 1))
        _ = AppReducer.reduce(&state, .expiryBoard(.finished, generation: 1))
        #expect(state.expiryBoard?.isPartial == true)
        #expect(state.status == .warning(
            "1 reservation expires within 30 days; partial: 1 customer could not be read (Northwind Traders: throttled)"))
        #expect(Fixtures.press([.char("r")], &state) == [.expiryBoard(.load(generation: 2))])
        #expect(state.expiryBoard?.entries.isEmpty == true)
        // The old load's answer does not land in the new one.
        _ = AppReducer.reduce(&state, .expiryBoard(.customersListed(total: 9, now: X.now), generation: 1))
        #expect(state.expiryBoard?.customersTotal == nil)
    }

    @Test("a failed customer list is an error, not an empty board")
    func listFails() {
        var state = Fixtures.loadedState()
        _ = Fixtures.press([.char("E")], &state)
        _ = AppReducer.reduce(&state, .expiryBoard(.failed("The service is unavailable"), generation: 1))
        #expect(state.status == .error("Expiry board: could not list the customers: The service is unavailable"))
        #expect(AppView.render(state).plainText().contains("the customer list could not be read"))
    }

    @Test("Enter on a row opens that customer's reservations pane")
    func enterOpensCustomer() {
        var state = X.loadedState()
        _ = Fixtures.press([.char("w"), .down], &state)
        let effects = Fixtures.press([.enter], &state)
        #expect(state.focus == .reservations)
        #expect(state.reservations?.customerID == Fixtures.customers[3].id)
        #expect(effects == [.reservations(.loadReservations(Fixtures.customers[3].id))])
    }

    @Test("the timeline counts reservations per column over 90 days")
    func timelineCounts() {
        // 91 columns: one per day.
        #expect(ExpiryTimeline.counts(days: [0, 0, 45, 90, 91, -1], width: 91) == {
            var counts = Array(repeating: 0, count: 91)
            counts[0] = 2; counts[45] = 1; counts[90] = 1
            return counts
        }())
        // 10 columns: day 89 and 90 share the last one.
        #expect(ExpiryTimeline.counts(days: [89, 90, 5], width: 10) == [1, 0, 0, 0, 0, 0, 0, 0, 1, 1])
    }
}
