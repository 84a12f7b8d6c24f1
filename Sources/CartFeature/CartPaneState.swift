import ScreenKit
import ReservationsCore
import TerminalUI

/// The cart pane: the local draft and where the cursor is in it.
public struct CartPaneState: Equatable, Sendable {
    /// Nil until a line is added (or a saved draft is restored).
    public var draft: CartDraft?
    public var table = TableState()
    /// The line removed last, so `u` can put it back.
    public var lastRemoved: CartDraftLine?
    /// Counts drafts started in this run, so each gets its own token.
    public var draftsStarted = 0

    public init() {}

    public var lines: [CartDraftLine] { draft?.lines ?? [] }

    public var selectedLine: CartDraftLine? {
        lines.indices.contains(table.selectedIndex) ? lines[table.selectedIndex] : nil
    }
}
