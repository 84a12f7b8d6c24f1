/// The selection and scroll position of a table or list: a value that lives in the pane's state.
///
/// Movement keeps `selectedIndex` in range when given the row count; the scroll offset follows with
/// ``ensureVisible(visibleRows:count:)``. ``TableView`` also corrects an out-of-date offset while drawing,
/// so a stale state never draws the selection off-screen.
public struct TableState: Hashable, Sendable {
    /// The selected row, zero-based.
    public var selectedIndex: Int
    /// The first row shown.
    public var scrollOffset: Int

    /// Creates a state.
    public init(selectedIndex: Int = 0, scrollOffset: Int = 0) {
        self.selectedIndex = selectedIndex
        self.scrollOffset = scrollOffset
    }

    /// Selects the previous row (stays on the first).
    public mutating func moveUp() {
        selectedIndex = max(0, selectedIndex - 1)
    }

    /// Selects the next row, staying below `count` (call ``clamp(count:)`` if you omit it).
    public mutating func moveDown(count: Int = .max) {
        selectedIndex = max(0, min(selectedIndex + 1, count - 1))
    }

    /// Moves the selection and the view up by one page.
    public mutating func pageUp(visibleRows: Int) {
        let page = max(1, visibleRows)
        selectedIndex = max(0, selectedIndex - page)
        scrollOffset = max(0, scrollOffset - page)
        ensureVisible(visibleRows: visibleRows)
    }

    /// Moves the selection and the view down by one page, staying below `count`.
    public mutating func pageDown(visibleRows: Int, count: Int = .max) {
        let page = max(1, visibleRows)
        let last = max(0, count - 1)
        selectedIndex = min(last, selectedIndex + page)
        scrollOffset = min(max(0, count - page), scrollOffset + page)
        ensureVisible(visibleRows: visibleRows, count: count)
    }

    /// Selects the first row and scrolls to the top.
    public mutating func moveToTop() {
        selectedIndex = 0
        scrollOffset = 0
    }

    /// Selects the last of `count` rows.
    public mutating func moveToBottom(count: Int) {
        selectedIndex = max(0, count - 1)
    }

    /// Selects `index`, clamped to `count` rows.
    public mutating func select(_ index: Int, count: Int) {
        selectedIndex = index
        clamp(count: count)
    }

    /// Brings both values into range for `count` rows (after filtering shrinks a list, for example).
    public mutating func clamp(count: Int) {
        guard count > 0 else {
            selectedIndex = 0
            scrollOffset = 0
            return
        }
        selectedIndex = min(max(0, selectedIndex), count - 1)
        scrollOffset = min(max(0, scrollOffset), selectedIndex)
    }

    /// Scrolls the least needed so the selected row is among `visibleRows` rows on screen. With `count`,
    /// also avoids empty space below the last row when scrolled down.
    public mutating func ensureVisible(visibleRows: Int, count: Int? = nil) {
        let rows = max(1, visibleRows)
        if selectedIndex < scrollOffset { scrollOffset = selectedIndex }
        if selectedIndex >= scrollOffset + rows { scrollOffset = selectedIndex - rows + 1 }
        if let count { scrollOffset = min(scrollOffset, max(0, count - rows)) }
        scrollOffset = max(0, scrollOffset)
    }

    /// The state as it will be drawn: clamped to `count` and scrolled so the selection is visible.
    public func normalized(visibleRows: Int, count: Int) -> TableState {
        var copy = self
        copy.clamp(count: count)
        copy.ensureVisible(visibleRows: visibleRows, count: count)
        return copy
    }

    /// The indices of the rows on screen.
    public func visibleRange(visibleRows: Int, count: Int) -> Range<Int> {
        let state = normalized(visibleRows: visibleRows, count: count)
        return state.scrollOffset..<min(count, state.scrollOffset + max(0, visibleRows))
    }
}
