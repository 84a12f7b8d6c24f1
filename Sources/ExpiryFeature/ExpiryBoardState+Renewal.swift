import ReservationsCore
import ReservationsFeature
import ScreenKit
import TerminalUI

// Marking reservations to renew together, and what `R` renews (the app's renewal asks the shown screen).

extension ExpiryBoardState {
    /// Space: marks or unmarks the selected reservation and moves down; the count marked, or nil with nothing selected.
    public mutating func toggleMark() -> Int? {
        guard let selected else { return nil }
        marked.formSymmetricDifference([selected.reservation.renewalKey])
        table.moveDown(count: shown.count)
        return marked.count
    }

    /// The marked reservations, else the selected one; empty with nothing selected.
    public var chosenForRenewal: [RenewalChoice] {
        guard let selected else { return [] }
        let chosen = entries.filter { marked.contains($0.reservation.renewalKey) }
        return (chosen.isEmpty ? [selected] : chosen).map {
            RenewalChoice(customer: ShownCustomer(id: $0.customerID, name: $0.customerName), reservation: $0.reservation)
        }
    }

    /// Why `R` cannot run now, or nil.
    public var renewalUnavailable: String? { selected == nil ? "No reservation selected" : nil }
}
