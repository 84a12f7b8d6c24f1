import TerminalUI

extension TableState {
    /// Moves the cursor as a movement command says and keeps it among the `visibleRows` shown; any other command
    /// leaves it.
    public mutating func apply(_ command: Command, visibleRows rows: Int, count: Int) {
        switch command {
        case .moveUp: moveUp()
        case .moveDown: moveDown(count: count)
        case .pageUp: pageUp(visibleRows: rows)
        case .pageDown: pageDown(visibleRows: rows, count: count)
        case .moveToTop: moveToTop()
        case .moveToBottom: moveToBottom(count: count)
        default: break
        }
        ensureVisible(visibleRows: rows, count: count)
    }
}
