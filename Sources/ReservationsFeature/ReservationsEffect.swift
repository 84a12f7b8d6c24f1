import ScreenKit
import Foundation
import Vocabulary
import ReservationsCore

/// Reservations, their details, SKU names and renewal plans, carried as `Effect.reservations(_:)` and run by
/// ``ReservationEffects``.
public enum ReservationsEffect: Equatable, Sendable {
    /// Read what renewing these reservations of one customer takes (order, SKU, availability, today's price); sends
    /// nothing. The country is looked up when nil.
    case planRenewal(CustomerID, customerName: String, country: String?, [ReservationRow], firstLineID: Int)
    /// Fetch a customer's reservation entitlements with their expiry.
    case loadReservations(CustomerID)
    /// Follow an entitlement's artifact link to its reservations.
    case loadReservationDetails(CustomerID, ReservationDetailsLink)
    /// Read what reservations are, in words (SKU size and region), for product and SKU IDs not yet named.
    case loadSKUNames(Set<ReservationNames.Key>)
}
