import Testing
import TerminalUI

struct TableStateTests {
    @Test("moving stays inside the rows")
    func bounds() {
        var state = TableState()
        state.moveUp()
        #expect(state.selectedIndex == 0)
        for _ in 0..<10 { state.moveDown(count: 3) }
        #expect(state.selectedIndex == 2)
        state.moveToBottom(count: 50)
        #expect(state.selectedIndex == 49)
        state.moveToTop()
        #expect(state == TableState())
        state.moveDown(count: 0)
        #expect(state.selectedIndex == 0)
    }

    @Test("ensureVisible scrolls the least needed")
    func ensureVisible() {
        var state = TableState(selectedIndex: 12, scrollOffset: 0)
        state.ensureVisible(visibleRows: 10)
        #expect(state.scrollOffset == 3)
        state.selectedIndex = 5
        state.ensureVisible(visibleRows: 10)
        #expect(state.scrollOffset == 3)
        state.selectedIndex = 1
        state.ensureVisible(visibleRows: 10)
        #expect(state.scrollOffset == 1)
    }

    @Test("paging moves selection and view by a page and clamps at the ends")
    func paging() {
        var state = TableState()
        state.pageDown(visibleRows: 10, count: 25)
        #expect(state == TableState(selectedIndex: 10, scrollOffset: 10))
        state.pageDown(visibleRows: 10, count: 25)
        #expect(state == TableState(selectedIndex: 20, scrollOffset: 15))  // no blank rows below the last
        state.pageDown(visibleRows: 10, count: 25)
        #expect(state.selectedIndex == 24)
        state.pageUp(visibleRows: 10)
        #expect(state == TableState(selectedIndex: 14, scrollOffset: 5))
        state.pageUp(visibleRows: 10)
        state.pageUp(visibleRows: 10)
        #expect(state == TableState())
    }

    @Test("clamp repairs a state after the list shrank")
    func clamp() {
        var state = TableState(selectedIndex: 40, scrollOffset: 35)
        state.clamp(count: 10)
        #expect(state.selectedIndex == 9)
        #expect(state.scrollOffset <= 9)
        state.clamp(count: 0)
        #expect(state == TableState())
    }

    @Test("visible range follows the normalised state")
    func visibleRange() {
        let state = TableState(selectedIndex: 99_999, scrollOffset: 0)
        #expect(state.visibleRange(visibleRows: 20, count: 100_000) == 99_980..<100_000)
        #expect(TableState().visibleRange(visibleRows: 20, count: 3) == 0..<3)
    }
}
