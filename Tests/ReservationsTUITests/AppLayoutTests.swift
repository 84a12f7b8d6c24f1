import ReservationsTUI
import TerminalUI
import Testing

struct AppLayoutTests {
    static func boxArt(_ size: Size) -> String {
        let layout = AppLayout.frames(for: size)
        var grid = CellGrid(size: size)
        for (rect, title) in [(layout.customers, "customers"), (layout.subscriptions, "subscriptions")] {
            grid.box(rect, title: title, glyphs: .ascii)
        }
        grid.write(String(repeating: "h", count: layout.header.width), at: layout.header.origin)
        grid.write(String(repeating: "s", count: layout.status.width), at: layout.status.origin)
        grid.write(String(repeating: "f", count: layout.footer.width), at: layout.footer.origin)
        return grid.plainText()
    }

    @Test("wide screens put the panes side by side")
    func sideBySide() {
        let layout = AppLayout.frames(for: Size(width: 120, height: 40))
        #expect(!layout.isStacked)
        #expect(layout.customers.maxX == layout.subscriptions.x)
        #expect(layout.customers.height == 37)
        #expect(layout.listRows(for: .customers) == 34)
    }

    @Test("80x24 stacks the panes, every row is used exactly once")
    func stackedAt80x24() {
        let art = Self.boxArt(Size(width: 80, height: 24))
        let rows = art.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows.count == 24)
        #expect(rows[0].allSatisfy { $0 == "h" })
        #expect(rows[1].hasPrefix("+customers"))
        #expect(rows[13].hasPrefix("+subscriptions"))
        #expect(rows[21].hasPrefix("+---"))
        #expect(rows[22].allSatisfy { $0 == "s" })
        #expect(rows[23].allSatisfy { $0 == "f" })
    }

    @Test("below 40x10 the layout reports too small")
    func tooSmall() {
        #expect(AppLayout.frames(for: Size(width: 39, height: 24)).isTooSmall)
        #expect(AppLayout.frames(for: Size(width: 80, height: 9)).isTooSmall)
        #expect(!AppLayout.frames(for: Size(width: 40, height: 10)).isTooSmall)
    }
}
