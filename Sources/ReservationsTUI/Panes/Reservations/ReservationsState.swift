import Foundation
import Identifiers
import PartnerCenter
import ReservationsCore
import TerminalUI

/// The reservations pane: one customer's reservation entitlements, soonest expiry first, and the details
/// behind the selected one.
public struct ReservationsState: Equatable, Sendable {
    public var customerID: CustomerID
    public var customerName: String
    /// Sorted by expiry (soonest first, undated last).
    public var items: [Entitlement] = []
    /// Reservations this host bought whose entitlements Partner Center does not list yet, newest first; drawn
    /// above `items`, so the table's rows are `unlisted` then `items`.
    public var unlisted: [UnlistedReservation] = []
    /// The moment the list was loaded; days left are counted from it (the reducer reads no clock).
    public var loadedAt: Date?
    public var table = TableState()
    public var load: LoadState = .idle
    public var detail: ReservationDetailState?
    /// Reservations marked to renew together, by `RenewalMark.key`.
    public var marked: Set<String> = []

    public init(customerID: CustomerID, customerName: String) {
        self.customerID = customerID
        self.customerName = customerName
    }

    /// The table's rows: unlisted reservations, then entitlements.
    public var rowCount: Int { unlisted.count + items.count }

    /// The selected entitlement; nil on an unlisted row.
    public var selected: Entitlement? {
        let index = table.selectedIndex - unlisted.count
        return items.indices.contains(index) ? items[index] : nil
    }

    /// The selected row when it is a reservation not listed yet.
    public var selectedUnlisted: UnlistedReservation? {
        unlisted.indices.contains(table.selectedIndex) ? unlisted[table.selectedIndex] : nil
    }

    /// Whole days until `entitlement` expires, counted from the load time.
    public func daysLeft(_ entitlement: Entitlement) -> Int? {
        loadedAt.flatMap { ReservationExpiry.daysLeft(entitlement, now: $0) }
    }

    /// Reservations expiring within this many days are painted as a warning.
    public static let warningDays = 30
}

/// The reservation details behind one entitlement's artifact link.
public struct ReservationDetailState: Equatable, Sendable {
    public var artifact: Artifact
    public var details: ReservationDetails?
    public var load: LoadState = .loading(loaded: 0, total: nil)

    public init(artifact: Artifact) { self.artifact = artifact }
}

extension Entitlement {
    /// The artifact whose link leads to the reservation details (the first one with a link).
    var reservationArtifact: Artifact? { entitledArtifacts.first { $0.link != nil } ?? entitledArtifacts.first }
}
