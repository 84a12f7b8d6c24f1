import Foundation
import PartnerCenter
import ReservationsCore
import ReservationsTUI
import TerminalUI
import Testing
@testable import ScreenKit

/// The reservations pane: opening, sorting by expiry, days left, and the details behind the artifact link.
struct ReservationsReducerTests {
    typealias R = ReservationsFixtures

    @Test("V opens the selected customer's reservations and asks for entitlements with expiry")
    func openWithKey() {
        var state = Fixtures.loadedState()
        _ = Fixtures.press([.down, .down], &state)
        let effects = Fixtures.press([.char("V")], &state)
        #expect(effects.contains(.reservations(.loadReservations(Fixtures.customers[2].id))))
        #expect(state.focus == .reservations)
        #expect(state.reservations?.load == .loading(loaded: 0, total: nil))
        #expect(state.breadcrumbs == ["Customers", "Fabrikam Inc", "Reservations"])
    }

    @Test(":reservations opens the pane too; Esc goes back to the lists")
    func openWithCommandLine() {
        var state = Fixtures.loadedState()
        _ = Fixtures.press([.char(":")], &state)
        _ = Fixtures.type("reservations", &state)
        #expect(Fixtures.press([.enter], &state) == [.reservations(.loadReservations(Fixtures.customers[0].id))])
        #expect(state.focus == .reservations)
        _ = Fixtures.press([.escape], &state)
        #expect(state.focus == .subscriptions)
    }

    @Test("the list is sorted soonest expiry first, undated last, with days left counted from the load time")
    func sortedByExpiry() throws {
        let state = R.openState()
        let reservations = try #require(state.reservations)
        #expect(reservations.items.map { $0.orderID?.rawValue } == ["ORD-SOON", "ORD-LATER", "ORD-NODATE"])
        #expect(reservations.items.map { reservations.daysLeft($0) } == [12, 200, nil])
        #expect(reservations.load == .loaded)
        #expect(state.status == .warning("3 reservations of Fabrikam Inc; 1 expire within 30 days"))
    }

    @Test("a result for another customer is dropped")
    func lateResultDropped() {
        var state = R.openState()
        _ = AppReducer.reduce(&state, .reservations(.reservationsLoaded(Fixtures.customers[0].id, [], now: R.now)))
        #expect(state.reservations?.items.count == 3)
    }

    @Test("Enter follows the selected entitlement's artifact link; the details follow the cursor")
    func detail() throws {
        var state = R.openState()
        let soon = R.link("ORD-SOON")
        #expect(Fixtures.press([.enter], &state) == [.reservations(.loadReservationDetails(Fixtures.customers[2].id, soon))])
        #expect(state.reservations?.detail?.load == .loading(loaded: 0, total: nil))
        _ = AppReducer.reduce(&state, .reservations(.reservationDetailsLoaded(soon, R.detailsRow)))
        #expect(state.reservations?.detail?.details == R.detailsRow)
        #expect(state.reservations?.detail?.load == .loaded)
        // Moving down loads the next one's details, and the earlier answer arriving late is dropped.
        #expect(Fixtures.press([.down], &state) == [.reservations(.loadReservationDetails(Fixtures.customers[2].id, R.link("ORD-LATER")))])
        _ = AppReducer.reduce(&state, .reservations(.reservationDetailsLoaded(soon, R.detailsRow)))
        #expect(state.reservations?.detail?.details == nil)
        _ = AppReducer.reduce(&state, .reservations(.reservationDetailsFailed(R.link("ORD-LATER"), "Not found (404)")))
        #expect(state.reservations?.detail?.load == .failed("Not found (404)"))
        #expect(state.status == .error("Could not load the reservation details: Not found (404)"))
    }

    @Test("a failed load is shown in the pane and the status line; r loads again")
    func failure() {
        var state = Fixtures.loadedState()
        _ = Fixtures.press([.char("V")], &state)
        _ = AppReducer.reduce(&state, .reservations(.reservationsFailed(Fixtures.customers[0].id, "Forbidden (403)")))
        #expect(state.reservations?.load == .failed("Forbidden (403)"))
        #expect(state.status == .error("Could not load reservations: Forbidden (403)"))
        #expect(Fixtures.press([.char("r")], &state) == [.reservations(.loadReservations(Fixtures.customers[0].id))])
    }

    @Test("V without a selected customer is refused with the reason")
    func noCustomer() {
        var state = AppState(environment: AppEnvironment(), size: Size(width: 100, height: 30))
        #expect(Fixtures.press([.char("V")], &state) == [])
        #expect(state.status == .warning("Select a customer first"))
        #expect(state.focus == .customers)
    }

    @Test("orders bought here that no entitlement refers to become rows, one per line, above the list, marked; dropped once listed")
    func unlistedRows() throws {
        var state = R.openState()
        // An order the list already refers to is no row; the new order's two lines are.
        var listedToo = R.unlistedOrder
        listedToo.order.id = "ORD-SOON"
        _ = AppReducer.reduce(&state, .reservations(.unlistedReservationsFound(Fixtures.customers[2].id, [R.unlistedOrder, listedToo])))
        var reservations = try #require(state.reservations)
        #expect(reservations.unlisted.map(\.orderID) == ["ORD-NEW", "ORD-NEW"])
        #expect(reservations.unlisted.map(\.quantity) == [2, 1])
        #expect(reservations.unlisted.map(\.name) == ["Standard_D2s_v5 eastus 1Y", "DZH318Z0BQ4Z:0005:DZH318Z0BQ3R"])
        #expect(reservations.unlisted.map(\.scope) == ["shared", "single"])
        #expect(reservations.unlisted.map(\.termDuration) == ["P1Y", "P3Y"])
        #expect(reservations.rowCount == 5)
        // The entitlement that was selected stays selected below the new rows.
        #expect(reservations.selected?.orderID == "ORD-SOON")
        #expect(reservations.table.selectedIndex == 2)
        #expect(state.status == .info("3 reservations; 2 bought here not yet listed by Partner Center (up to 15 minutes late)"))

        // Up to the first row: marked in the row and in the details; Enter explains instead of following a link.
        _ = Fixtures.press([.up, .up], &state)
        reservations = try #require(state.reservations)
        #expect(reservations.selectedUnlisted?.lineItemNumber == 0 && reservations.selected == nil)
        #expect(Fixtures.press([.enter], &state).isEmpty)
        let screen = AppView.render(state).plainText()
        #expect(screen.contains("placed 23:50 · not yet listed by Partner Center (it lists new purchases"))
        #expect(screen.contains("Order ORD-NEW · line #0 · 2 × Standard_D2s_v5 eastus 1Y · term P1Y · scope shared"))

        // A reload whose list refers to the order drops its rows; a later answer without it keeps them gone.
        let listed = R.entitlements + [R.entitlement("ORD-NEW", sku: "0004", quantity: 2, daysLeft: 365)]
        _ = AppReducer.reduce(&state, .reservations(.reservationsLoaded(Fixtures.customers[2].id, listed.map(ReservationRow.init), now: R.now)))
        #expect(state.reservations?.unlisted.isEmpty == true)
        #expect(state.reservations?.rowCount == 4)
        _ = AppReducer.reduce(&state, .reservations(.unlistedReservationsFound(Fixtures.customers[2].id, [R.unlistedOrder])))
        #expect(state.reservations?.unlisted.isEmpty == true)
    }

    @Test("unlisted rows for another customer, and cancelled orders, are not shown")
    func unlistedIgnored() {
        var state = R.openState()
        _ = AppReducer.reduce(&state, .reservations(.unlistedReservationsFound(Fixtures.customers[0].id, [R.unlistedOrder])))
        #expect(state.reservations?.unlisted.isEmpty == true)
        var cancelled = R.unlistedOrder
        cancelled.order.status = .cancelled
        _ = AppReducer.reduce(&state, .reservations(.unlistedReservationsFound(Fixtures.customers[2].id, [cancelled])))
        #expect(state.reservations?.unlisted.isEmpty == true)
    }
}
