import Foundation
import PartnerCenter
import ReservationsTUI
import TerminalUI
import TestSupport
import Testing

/// The expiry board as text. Re-record with RECORD_SNAPSHOTS=1 and review the diff.
struct ExpiryBoardSnapshotTests {
    typealias X = ExpiryBoardFixtures
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    static func name(_ base: String, _ size: Size) -> String { "\(base)-\(size.width)x\(size.height)" }

    @Test("the board over 90 days with its timeline, the second row selected", arguments: sizes)
    func board(size: Size) throws {
        var state = X.loadedState(size: size)
        _ = Fixtures.press([.char("w"), .char("w"), .down], &state)
        try assertSnapshot(AppView.render(state).plainText(), named: Self.name("expiry-90", size))
    }

    @Test("the board stopped part way, in ASCII", arguments: sizes)
    func partialASCII(size: Size) throws {
        var state = X.openState(size: size, ascii: true, total: 4)
        _ = AppReducer.reduce(&state, .expiryBoard(.customerLoaded(Fixtures.customers[2].id, X.fabrikam, done: 1, total: 4), generation: 1))
        _ = Fixtures.press([.char("w"), .char("w"), .escape], &state)
        let text = AppView.render(state).plainText()
        #expect(!text.unicodeScalars.contains { !$0.isASCII && "─│╭╮╰╯┼▲█▁▂▃▄▅▆▇".unicodeScalars.contains($0) })
        try assertSnapshot(text, named: Self.name("expiry-partial-ascii", size))
    }

    @Test("in the mono theme the window's bars are bold and the rest dim, so meaning does not hang on colour")
    func monoRoles() {
        let state = X.loadedState(size: Size(width: 80, height: 24))
        let grid = AppView.render(state)
        let rows = grid.plainText().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let barRow = 3
        let bars = rows[barRow].enumerated().filter { "▁▂▃▄▅▆▇█".contains($0.element) }.map(\.offset)
        #expect(bars.count == 4)
        let mono = Theme.mono
        let inWindow = bars.filter { grid[Point(x: $0, y: barRow)].role == .statusWarning }
        let beyond = bars.filter { grid[Point(x: $0, y: barRow)].role == .dim }
        #expect(inWindow.count == 1 && beyond.count == 3)
        #expect(mono.style(for: .statusWarning) != mono.style(for: .dim))
    }
}
