import ReservationsCore
import ReservationsTUI
import TerminalUI
import TestSupport
import Testing

/// Whole screens as text. Re-record with RECORD_SNAPSHOTS=1 and review the diff.
struct ScreenSnapshotTests {
    @Test("the customers screen at 100x30")
    func customers100x30() throws {
        try assertSnapshot(AppView.render(Fixtures.loadedState()).plainText(), named: "customers-100x30")
    }

    @Test("the customers screen at 80x24 stacks the panes")
    func customers80x24() throws {
        try assertSnapshot(AppView.render(Fixtures.loadedState(size: Size(width: 80, height: 24))).plainText(), named: "customers-80x24")
    }

    @Test("the customers screen at 120x40 in ASCII")
    func customers120x40ASCII() throws {
        try assertSnapshot(AppView.render(Fixtures.loadedState(size: Size(width: 120, height: 40), ascii: true)).plainText(), named: "customers-120x40-ascii")
    }

    @Test("filtering with the cursor in the bottom border")
    func filtering() throws {
        var state = Fixtures.loadedState()
        _ = Fixtures.press([.char("/")], &state)
        _ = Fixtures.type("co", &state)
        try assertSnapshot(AppView.render(state).plainText(), named: "customers-filter-co")
    }

    @Test("a customer in a market without reservations says why")
    func unsoldMarket() throws {
        var state = Fixtures.loadedState()
        _ = Fixtures.press([.down, .down, .down, .down], &state)
        _ = AppReducer.reduce(&state, .subscriptions(.subscriptionsLoaded(Fixtures.customers[4].id, Fixtures.subscriptions().map(SubscriptionRow.init))))
        try assertSnapshot(AppView.render(state).plainText(), named: "customers-unsold-market")
    }

    @Test("the help overlay is generated from the binding tables")
    func help() throws {
        var state = Fixtures.loadedState()
        _ = Fixtures.press([.char("?")], &state)
        try assertSnapshot(AppView.render(state).plainText(), named: "help-100x30")
    }

    @Test("a terminal smaller than the layout shows a message instead of garbage")
    func tooSmall() throws {
        try assertSnapshot(AppView.render(Fixtures.loadedState(size: Size(width: 30, height: 8))).plainText(), named: "too-small-30x8")
    }

    @Test("wide characters keep columns aligned: the role map of the CJK row lines up with its neighbours")
    func wideCharactersAlign() {
        var state = Fixtures.loadedState()
        _ = Fixtures.press([.char("j")], &state)
        let lines = AppView.render(state).plainText().split(separator: "\n").map(String.init)
        let japanese = lines.first { $0.contains("株式会社テスト") }
        let northwind = lines.first { $0.contains("Northwind Traders") }
        func column(of text: String, in line: String?) -> Int? {
            guard let line, let range = line.range(of: text) else { return nil }
            return DisplayWidth.of(String(line[..<range.lowerBound]))
        }
        #expect(column(of: "JP", in: japanese) != nil)
        #expect(column(of: "JP", in: japanese) == column(of: "GB", in: northwind))
    }
}
