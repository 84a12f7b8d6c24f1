import TerminalUI

/// A list with a `/` filter typed in place (customers, catalog, an invoice's lines): one way of editing it.
public protocol FilteredList {
    var filter: TextField { get set }
    var isEditingFilter: Bool { get set }
    /// Recomputes the matches from `filter`.
    mutating func applyFilter()
}

extension FilteredList {
    /// A key while the filter is being typed, as in lazygit: Esc clears the filter and leaves it, Enter leaves it as
    /// typed, anything else edits it. True when the matches may have changed.
    public mutating func editFilter(with key: KeyChord) -> Bool {
        switch key {
        case .escape:
            isEditingFilter = false
            filter.clear()
            applyFilter()
            return true
        case .enter:
            isEditingFilter = false
            return false
        default:
            guard filter.handle(key) else { return false }
            applyFilter()
            return true
        }
    }
}
