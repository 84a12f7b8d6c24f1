import ReservationsCore
import ReservationsTUI
import TerminalUI
import Testing
@testable import ScreenKit

/// The team ledger's health shows in the header, and follows the probe.
struct LedgerBadgeTests {
    @Test("a ledger that stops answering puts LEDGER OFFLINE in the header and the reason in the status line; it goes when it answers again")
    func ledgerOfflineBadge() {
        var state = HeaderSnapshotTests.state(AppEnvironment(profileName: "team", serverKind: .microsoft), size: Size(width: 100, height: 30))
        #expect(!AppView.render(state).plainText().contains("LEDGER OFFLINE"))
        let reason = "Cannot reach the ledger postgres://pcres@127.0.0.1:5432/pcres (loopback, no TLS) to reach the ledger: connection refused."
        #expect(AppReducer.reduce(&state, .ledgerChecked(offlineReason: reason)).isEmpty)
        let header = AppView.render(state).plainText().split(separator: "\n").first.map(String.init) ?? ""
        #expect(header.contains(" LIVE ") && header.contains(" LEDGER OFFLINE "), "\(header)")
        #expect(state.status == .error(reason))
        _ = AppReducer.reduce(&state, .ledgerChecked(offlineReason: nil))
        #expect(!AppView.render(state).plainText().contains("LEDGER OFFLINE"))
    }
}
