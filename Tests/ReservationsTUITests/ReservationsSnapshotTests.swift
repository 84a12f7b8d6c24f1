import Foundation
import PartnerCenter
import ReservationsCore
import ReservationsTUI
import ReservationsFeature
import TerminalUI
import TestSupport
import Testing

/// The reservations pane as text. Re-record with RECORD_SNAPSHOTS=1 and review the diff.
struct ReservationsSnapshotTests {
    typealias R = ReservationsFixtures
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    static func name(_ base: String, _ size: Size) -> String { "\(base)-\(size.width)x\(size.height)" }

    @Test("reservations by expiry with the soonest one's details", arguments: sizes)
    func details(size: Size) throws {
        var state = R.openState(size: size)
        _ = Fixtures.press([.enter], &state)
        _ = AppReducer.reduce(&state, .reservations(.reservationDetailsLoaded(R.link("ORD-SOON"), R.detailsRow)))
        try assertSnapshot(AppView.render(state).plainText(), named: Self.name("reservations", size))
    }

    @Test("once the catalog names them, reservations show the SKU's size and region; the IDs move to the details", arguments: sizes)
    func named(size: Size) throws {
        var state = R.openState(size: size)
        #expect(AppReducer.reduce(&state, .reservations(.reservationsLoaded(state.reservations!.customerID, R.entitlements.map(ReservationRow.init), now: R.now))).contains {
            if case .loadSKUNames(let keys)? = $0.feature(ReservationsEffect.self) { return keys.map(\.skuID).sorted() == ["0001", "0002", "0003"] }
            return false
        }, "the names are asked for once the reservations arrive")
        _ = AppReducer.reduce(&state, .skuNamesLoaded([
            "DZH318Z0BQ4Z:0001": "Standard_D2s_v5 · US East", "DZH318Z0BQ4Z:0002": "Standard_D4s_v5 · EU West",
        ]))
        let screen = AppView.render(state).plainText()
        #expect(screen.contains("Standard_D4s_v5 · EU West") && screen.contains("Standard_D2s_v5 · US East"))
        #expect(screen.contains("DZH318Z0BQ4Z:0003"), "a SKU the catalog could not name keeps its ID")
        try assertSnapshot(screen, named: Self.name("reservations-named", size))
    }

    @Test("the days-left column is painted as a warning within 30 days", arguments: sizes)
    func roles(size: Size) throws {
        var state = R.openState(size: size)
        _ = Fixtures.press([.down], &state)  // off the row, so the selection does not paint over it
        let grid = AppView.render(state)
        let text = grid.plainText().split(separator: "\n", omittingEmptySubsequences: false)
        let row = try #require(text.firstIndex { $0.contains("ORD-SOON") })
        let line = String(text[row])
        let x = try #require(line.range(of: " 12")).upperBound
        let column = line.distance(from: line.startIndex, to: x) - 1
        #expect(grid[Point(x: column, y: row)].role == .statusWarning)
    }

    @Test("reservations bought here and not yet listed, above the list, the first one's details open")
    func unlisted() throws {
        var state = R.openState(size: Size(width: 100, height: 30))
        _ = AppReducer.reduce(&state, .reservations(.unlistedReservationsFound(Fixtures.customers[2].id, [R.unlistedOrder])))
        _ = Fixtures.press([.up, .up], &state)
        try assertSnapshot(AppView.render(state).plainText(), named: "reservations-unlisted-100x30")
        // At 80 columns the mark still shows whole in the row.
        var narrow = R.openState(size: Size(width: 80, height: 24))
        _ = AppReducer.reduce(&narrow, .reservations(.unlistedReservationsFound(Fixtures.customers[2].id, [R.unlistedOrder])))
        let rows = AppView.render(narrow).plainText().split(separator: "\n").filter { $0.contains("2 × Standard_D2s_v5") }
        #expect(rows.count == 1 && rows[0].contains("placed 23:50 · not yet listed by Partner Center"))
    }
}
