import Foundation
import PartnerCenter
import ReservationsCore
import ReservationsTUI
import TerminalUI
import Testing
@testable import CartFeature

/// Smaller points of the operator walkthrough that have no screen of their own: the help's search and ends, the
/// quantity limits' wording, the catalog's region column at 60 columns, days left in calendar days.
struct WalkthroughFixesTests {
    @Test("? opens on the focused screen's keys; / searches them; G and g go to the end and the top; Esc clears, then closes")
    func helpSearch() throws {
        var state = Fixtures.loadedState()
        _ = Fixtures.press([.char("?")], &state)
        var screen = AppView.render(state).plainText()
        #expect(screen.contains("Keys · Customers") && screen.contains("Customers (this screen)"))
        _ = Fixtures.press([.char("/")], &state)
        _ = Fixtures.type("renew", &state)
        screen = AppView.render(state).plainText()
        #expect(screen.contains("Renew the marked reservations"), "the reservations pane's R is found:\n\(screen)")
        #expect(!screen.contains("Move down"), "lines without the word are gone")
        _ = Fixtures.press([.enter], &state)
        _ = Fixtures.press([.escape], &state)
        guard case .help(let help)? = state.overlay else { Issue.record("Esc with a search clears it, not the help"); return }
        #expect(help.search.text.isEmpty)
        _ = Fixtures.press([.char("G")], &state)
        guard case .help(let end)? = state.overlay else { return }
        #expect(end.scroll > 0)
        screen = AppView.render(state).plainText()
        #expect(screen.contains("Command line (:)") || screen.contains(":quit"), "the end lists the : verbs:\n\(screen)")
        _ = Fixtures.press([.char("g")], &state)
        guard case .help(let top)? = state.overlay else { return }
        #expect(top.scroll == 0)
        _ = Fixtures.press([.escape], &state)
        #expect(state.overlay == nil)
    }

    @Test("a SKU without a real maximum reads 'qty 1 or more'; a real one keeps its range")
    func quantityLimits() {
        #expect(QuantityLimitsText.describe(minimum: 1, maximum: 999_999_999) == "1 or more")
        #expect(QuantityLimitsText.describe(minimum: nil, maximum: nil) == "1 or more")
        #expect(QuantityLimitsText.describe(minimum: 1, maximum: 100) == "1–100")
        #expect(QuantityLimitsText.describe(minimum: 5, maximum: 5) == "5")
    }

    @Test("at 60x20 the catalog keeps the region whole (cores go first)")
    func narrowCatalogRegion() throws {
        let state = CatalogFixtures.loadedState(size: Size(width: 60, height: 20))
        let screen = AppView.render(state).plainText()
        #expect(screen.contains("Japan West") && screen.contains("US West 2"), "\(screen)")
        #expect(!screen.contains("Cores"))
    }

    @Test("days left are UTC calendar days: a 1-year reservation bought at 10:00 today shows 365")
    func calendarDays() throws {
        let boughtAt = try #require(ISO8601DateFormatter().date(from: "2026-12-04T10:00:00Z"))
        let expiry = try #require(ISO8601DateFormatter().date(from: "2027-12-04T00:00:00Z"))
        #expect(CalendarDays.from(boughtAt, to: expiry) == 365)
        #expect(CalendarDays.from(boughtAt, to: boughtAt) == 0)
        #expect(CalendarDays.from(expiry, to: boughtAt) == -365)
    }
}
