import Foundation
import PartnerCenter

/// One reservation entitlement as the reservations screen and the expiry board show it.
///
/// The wire entitlement stays inside, unseen by the screens: the core workflows a screen hands a row back to
/// (a renewal plan, the details behind it) read it whole.
public struct ReservationRow: Equatable, Sendable {
    let entitlement: Entitlement

    public init(_ entitlement: Entitlement) { self.entitlement = entitlement }

    public var productID: String { entitlement.productId }
    public var skuID: String? { entitlement.skuId }
    public var quantity: Int { entitlement.quantity }
    public var expiryDate: Date? { entitlement.expiryDate }
    /// The order that bought it.
    public var orderID: OrderID? { entitlement.referenceOrder?.id }
    /// `Reserved instance`, else the entitlement type, else empty.
    public var typeText: String { entitlement.reservationType ?? entitlement.entitlementType ?? "" }
    /// The reservation order behind it (the artifact's resource), the ID support cases ask for.
    public var reservationOrderID: String? { entitlement.reservationArtifact?.resourceId }
    /// Where its reservation details are read from; nil when no artifact of the entitlement has a link.
    public var detailsLink: ReservationDetailsLink? {
        entitlement.reservationArtifact.flatMap { $0.link == nil ? nil : ReservationDetailsLink($0) }
    }

    /// How a reservation is told apart when marked for renewal: its order, order line, product and SKU.
    public var renewalKey: String {
        let order = entitlement.referenceOrder
        return [order?.id.rawValue ?? "", order?.lineItemId ?? "", productID, skuID ?? ""].joined(separator: "|")
    }

    /// UTC calendar days from `now` until it expires (negative when expired), nil without a date.
    public func daysLeft(now: Date) -> Int? { ReservationExpiry.daysLeft(entitlement, now: now) }
}

extension ReservationExpiry {
    /// Rows soonest expiry first; those without a date last; ties by order ID.
    public static func sortedByExpiry(_ rows: [ReservationRow]) -> [ReservationRow] {
        sortedByExpiry(rows.map(\.entitlement)).map(ReservationRow.init)
    }

    /// How many rows expire from `now` to `now + days`.
    public static func expiringCount(_ rows: [ReservationRow], withinDays days: Int, now: Date) -> Int {
        expiring(rows.map(\.entitlement), withinDays: days, now: now).count
    }
}

extension Entitlement {
    /// The artifact whose link leads to the reservation details (the first one with a link).
    var reservationArtifact: Artifact? { entitledArtifacts.first { $0.link != nil } ?? entitledArtifacts.first }
}
