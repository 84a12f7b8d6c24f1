import Foundation
import PartnerCenter

/// Which reservations expire soon: the "expiring within N days" view of a customer's entitlements.
public enum ReservationExpiry {
    /// The entitlements whose expiry date is from `now` to `now + days`, soonest first.
    /// Entitlements without an expiry date, or already expired, are left out.
    public static func expiring(_ entitlements: [Entitlement], withinDays days: Int, now: Date = Date()) -> [Entitlement] {
        let limit = now.addingTimeInterval(TimeInterval(days) * 86_400)
        return sortedByExpiry(entitlements.filter { entitlement in
            guard let expiry = entitlement.expiryDate else { return false }
            return expiry >= now && expiry <= limit
        })
    }

    /// Entitlements soonest expiry first; those without a date last; ties by order ID.
    public static func sortedByExpiry(_ entitlements: [Entitlement]) -> [Entitlement] {
        entitlements.sorted { left, right in
            switch (left.expiryDate, right.expiryDate) {
            case let (l?, r?) where l != r: return l < r
            case (.some, nil): return true
            case (nil, .some): return false
            default: return (left.referenceOrder?.id.rawValue ?? "") < (right.referenceOrder?.id.rawValue ?? "")
            }
        }
    }

    /// UTC calendar days from `now` until `entitlement` expires (negative when expired), or nil without a date.
    public static func daysLeft(_ entitlement: Entitlement, now: Date = Date()) -> Int? {
        entitlement.expiryDate.map { CalendarDays.from(now, to: $0) }
    }
}
