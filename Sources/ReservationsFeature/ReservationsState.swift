import Foundation
import Vocabulary
import ReservationsCore
import TerminalUI
import ScreenKit

/// The reservations pane: one customer's reservation entitlements, soonest expiry first, and the details
/// behind the selected one.
public struct ReservationsState: ScreenState {
    public var customerID: CustomerID
    public var customerName: String
    /// Sorted by expiry (soonest first, undated last).
    public var items: [ReservationRow] = []
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
    public var selected: ReservationRow? {
        let index = table.selectedIndex - unlisted.count
        return items.indices.contains(index) ? items[index] : nil
    }

    /// The selected row when it is a reservation not listed yet.
    public var selectedUnlisted: UnlistedReservation? {
        unlisted.indices.contains(table.selectedIndex) ? unlisted[table.selectedIndex] : nil
    }

    /// Whole days until `entitlement` expires, counted from the load time.
    public func daysLeft(_ reservation: ReservationRow) -> Int? {
        loadedAt.flatMap { reservation.daysLeft(now: $0) }
    }

    /// Reservations expiring within this many days are painted as a warning.
    public static let warningDays = 30
}

/// The reservation details behind one entitlement's artifact link.
public struct ReservationDetailState: Equatable, Sendable {
    public var link: ReservationDetailsLink
    public var details: ReservationDetailsRow?
    public var load: LoadState = .loading(loaded: 0, total: nil)

    public init(link: ReservationDetailsLink) { self.link = link }
}
