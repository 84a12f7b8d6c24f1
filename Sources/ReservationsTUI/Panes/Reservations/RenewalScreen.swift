import Vocabulary
import ReservationsCore
import ReservationsFeature

/// A screen whose reservations can be marked and renewed (the reservations pane, the expiry board). Space and R ask
/// the shown screen through this, so the renewal code reads neither screen's state.
protocol RenewalScreen: Screen {
    /// Space: marks or unmarks the selected reservation and moves down; the count marked, or nil with nothing selected.
    static func toggleMark(_ state: inout AppState) -> Int?
    /// The marked reservations, else the selected one; empty with nothing selected.
    static func chosenForRenewal(_ state: AppState) -> [RenewalChoice]
    /// Why R cannot run now, or nil.
    static func renewalUnavailable(_ state: AppState) -> String?
    /// Forgets the marks once a renewal is in the cart.
    static func clearMarks(_ state: inout AppState)
}
