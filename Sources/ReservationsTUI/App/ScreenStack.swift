/// Where the operator is and how they got there: one of the two lists at the bottom, and the body screens opened on
/// top of it, the last one shown. Esc leaves the shown screen for the one under it, as in k9s (the expiry board's
/// Enter opens a customer's reservations, and Esc comes back to the board); Tab, `1` and `2` go back to the lists at
/// once. A screen opened again while it is in the stack is gone back to, not stacked twice, so the stack never holds
/// more screens than there are. The screens' states are kept apart (``ScreenStates``), so going back shows a screen
/// as it was left, with its cursor.
public struct ScreenStack: Equatable, Sendable {
    /// The list under the body screens (customers or subscriptions).
    public private(set) var list: Pane = .customers
    /// The body screens, the first opened first.
    public private(set) var screens: [Pane] = []

    public init() {}

    /// The screen shown.
    public var top: Pane { screens.last ?? list }

    /// Shows `pane`: a list replaces the whole stack, a body screen already in it is gone back to, another is opened
    /// on top.
    public mutating func show(_ pane: Pane) {
        if !pane.takesBody {
            list = pane
            screens = []
        } else if let index = screens.firstIndex(of: pane) {
            screens.removeSubrange((index + 1)...)
        } else {
            screens.append(pane)
        }
    }

    /// Leaves the shown body screen for the one under it; false (nothing changed) when no body screen is under it.
    public mutating func popToPreviousScreen() -> Bool {
        guard screens.count > 1 else { return false }
        screens.removeLast()
        return true
    }

    /// Forgets the shown body screen without showing another yet, for a screen that a result replaces (the orders
    /// placed by a checkout take the cart's place, so Esc from them does not lead back to an emptied cart).
    public mutating func dropShownScreen() {
        if !screens.isEmpty { screens.removeLast() }
    }
}
