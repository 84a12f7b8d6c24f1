import Foundation
import PartnerCenter
import ReservationsTUI
import TerminalUI
import Testing

/// The reservations pane: opening, sorting by expiry, days left, and the details behind the artifact link.
struct ReservationsReducerTests {
    typealias R = ReservationsFixtures

    @Test("V opens the selected customer's reservations and asks for entitlements with expiry")
    func openWithKey() {
        var state = Fixtures.loadedState()
        _ = Fixtures.press([.down, .down], &state)
        let effects = Fixtures.press([.char("V")], &state)
        #expect(effects.contains(.loadReservations(Fixtures.customers[2].id)))
        #expect(state.focus == .reservations)
        #expect(state.reservations?.load == .loading(loaded: 0, total: nil))
        #expect(state.breadcrumbs == ["Customers", "Fabrikam Inc", "Reservations"])
    }

    @Test(":reservations opens the pane too; Esc goes back to the lists")
    func openWithCommandLine() {
        var state = Fixtures.loadedState()
        _ = Fixtures.press([.char(":")], &state)
        _ = Fixtures.type("reservations", &state)
        #expect(Fixtures.press([.enter], &state) == [.loadReservations(Fixtures.customers[0].id)])
        #expect(state.focus == .reservations)
        _ = Fixtures.press([.escape], &state)
        #expect(state.focus == .subscriptions)
    }

    @Test("the list is sorted soonest expiry first, undated last, with days left counted from the load time")
    func sortedByExpiry() throws {
        let state = R.openState()
        let reservations = try #require(state.reservations)
        #expect(reservations.items.map { $0.referenceOrder?.id.rawValue } == ["ORD-SOON", "ORD-LATER", "ORD-NODATE"])
        #expect(reservations.items.map { reservations.daysLeft($0) } == [12, 200, nil])
        #expect(reservations.load == .loaded)
        #expect(state.status == .warning("3 reservations of Fabrikam Inc; 1 expire within 30 days"))
    }

    @Test("a result for another customer is dropped")
    func lateResultDropped() {
        var state = R.openState()
        _ = AppReducer.reduce(&state, .reservationsLoaded(Fixtures.customers[0].id, [], now: R.now))
        #expect(state.reservations?.items.count == 3)
    }

    @Test("Enter follows the selected entitlement's artifact link; the details follow the cursor")
    func detail() throws {
        var state = R.openState()
        let soon = R.artifact("ORD-SOON")
        #expect(Fixtures.press([.enter], &state) == [.loadReservationDetails(Fixtures.customers[2].id, soon)])
        #expect(state.reservations?.detail?.load == .loading(loaded: 0, total: nil))
        _ = AppReducer.reduce(&state, .reservationDetailsLoaded(soon, R.details))
        #expect(state.reservations?.detail?.details == R.details)
        #expect(state.reservations?.detail?.load == .loaded)
        // Moving down loads the next one's details, and the earlier answer arriving late is dropped.
        #expect(Fixtures.press([.down], &state) == [.loadReservationDetails(Fixtures.customers[2].id, R.artifact("ORD-LATER"))])
        _ = AppReducer.reduce(&state, .reservationDetailsLoaded(soon, R.details))
        #expect(state.reservations?.detail?.details == nil)
        _ = AppReducer.reduce(&state, .reservationDetailsFailed(R.artifact("ORD-LATER"), "Not found (404)"))
        #expect(state.reservations?.detail?.load == .failed("Not found (404)"))
        #expect(state.status == .error("Could not load the reservation details: Not found (404)"))
    }

    @Test("a failed load is shown in the pane and the status line; r loads again")
    func failure() {
        var state = Fixtures.loadedState()
        _ = Fixtures.press([.char("V")], &state)
        _ = AppReducer.reduce(&state, .reservationsFailed(Fixtures.customers[0].id, "Forbidden (403)"))
        #expect(state.reservations?.load == .failed("Forbidden (403)"))
        #expect(state.status == .error("Could not load reservations: Forbidden (403)"))
        #expect(Fixtures.press([.char("r")], &state) == [.loadReservations(Fixtures.customers[0].id)])
    }

    @Test("V without a selected customer is refused with the reason")
    func noCustomer() {
        var state = AppState(environment: AppEnvironment(), size: Size(width: 100, height: 30))
        #expect(Fixtures.press([.char("V")], &state) == [])
        #expect(state.status == .warning("Select a customer first"))
        #expect(state.focus == .customers)
    }
}
