import ScreenKit
import Foundation
import Vocabulary
import ReservationsCore

/// What a customer's reservations, their details and a renewal plan answer, carried as `Action.reservations(_:)`.
public enum ReservationsAction: Equatable, Sendable {
    /// A customer's reservation entitlements, and the moment they were read (days left count from it).
    case reservationsLoaded(CustomerID, [ReservationRow], now: Date)
    /// Renewal lines worked out for a customer (nothing sent), or why not.
    case renewalPlanned(CustomerID, customerName: String, country: String, RenewalPlanner.Plan)
    case renewalFailed(String)
    /// Orders this host placed whose entitlements the customer's list does not show yet (read by ID); all of
    /// them, so rows the service no longer reports go.
    case unlistedReservationsFound(CustomerID, [UnlistedOrder])
    case reservationsFailed(CustomerID, String)
    case reservationDetailsLoaded(ReservationDetailsLink, ReservationDetailsRow)
    case reservationDetailsFailed(ReservationDetailsLink, String)
}
