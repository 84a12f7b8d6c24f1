import Foundation
import PartnerCenter

/// The reservations behind one entitlement, as the reservations screen's details lines show them.
public struct ReservationDetailsRow: Equatable, Sendable {
    /// What the service calls them (`Reservation`), when it says.
    public var type: String?
    public var reservations: [Reservation]

    public init(_ details: ReservationDetails) {
        type = details.type
        reservations = details.reservations.map(Reservation.init)
    }

    /// One Azure reservation behind the entitlement.
    public struct Reservation: Equatable, Sendable {
        public var reservationID: String
        /// Its display name, else its ID.
        public var name: String
        public var quantity: Int
        public var scopeType: String?
        public var appliedScopes: [String]?
        public var effectiveDate: Date?
        public var expiryDate: Date?
        public var provisioningState: String?

        init(_ reservation: PartnerCenter.Reservation) {
            reservationID = reservation.reservationId
            name = reservation.displayName ?? reservation.reservationId
            quantity = reservation.quantity
            scopeType = reservation.scopeType
            appliedScopes = reservation.appliedScopes
            effectiveDate = reservation.effectiveDateTime
            expiryDate = reservation.expiryDateTime
            provisioningState = reservation.provisioningState
        }
    }
}
