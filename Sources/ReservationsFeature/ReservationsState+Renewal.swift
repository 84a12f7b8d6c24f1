import ReservationsCore
import ScreenKit
import TerminalUI

// Marking reservations to renew together, and what `R` renews (the app's renewal asks the shown screen).

extension ReservationsState {
    /// Space: marks or unmarks the selected reservation and moves down; the count marked, or nil with nothing selected.
    public mutating func toggleMark() -> Int? {
        guard let selected else { return nil }
        marked.formSymmetricDifference([selected.renewalKey])
        table.moveDown(count: rowCount)
        return marked.count
    }

    /// The marked reservations, else the selected one; empty with nothing selected.
    public var chosenForRenewal: [RenewalChoice] {
        guard let selected else { return [] }
        let chosen = items.filter { marked.contains($0.renewalKey) }
        return (chosen.isEmpty ? [selected] : chosen).map {
            RenewalChoice(customer: ShownCustomer(id: customerID, name: customerName), reservation: $0)
        }
    }

    /// Why `R` cannot run now, or nil.
    public var renewalUnavailable: String? { selected == nil ? "No listed reservation selected" : nil }
}
