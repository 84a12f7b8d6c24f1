import Foundation
import PartnerCenter
import ReservationsCore
import Testing

struct ReservationExpiryTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    func entitlement(_ order: String, days: Double?) -> Entitlement {
        Entitlement(
            referenceOrder: .init(id: OrderID(order), lineItemId: "0", alternateId: nil), productId: "DZH318Z0BQ4L",
            skuId: "0001", quantity: 1, entitlementType: "reservedInstance", entitledArtifacts: [],
            expiryDate: days.map { now.addingTimeInterval($0 * 86_400) })
    }

    @Test("keeps reservations expiring from now to N days on, soonest first")
    func expiringWithin() {
        let list = [
            entitlement("late", days: 45), entitlement("soon", days: 3), entitlement("past", days: -1),
            entitlement("none", days: nil), entitlement("edge", days: 30),
        ]
        let result = ReservationExpiry.expiring(list, withinDays: 30, now: now)
        #expect(result.map { $0.referenceOrder?.id.rawValue } == ["soon", "edge"])
    }

    @Test("zero days keeps only what expires right now")
    func zeroDays() {
        let result = ReservationExpiry.expiring([entitlement("now", days: 0), entitlement("later", days: 1)], withinDays: 0, now: now)
        #expect(result.map { $0.referenceOrder?.id.rawValue } == ["now"])
    }

    @Test("sorting puts undated reservations last and breaks ties by order ID")
    func sorting() {
        let list = [entitlement("b", days: nil), entitlement("z", days: 2), entitlement("a", days: 2), entitlement("c", days: 1)]
        #expect(ReservationExpiry.sortedByExpiry(list).map { $0.referenceOrder?.id.rawValue } == ["c", "a", "z", "b"])
    }

    @Test("days left rounds down and is negative once expired")
    func daysLeft() {
        #expect(ReservationExpiry.daysLeft(entitlement("x", days: 2.5), now: now) == 2)
        #expect(ReservationExpiry.daysLeft(entitlement("x", days: -0.5), now: now) == -1)
        #expect(ReservationExpiry.daysLeft(entitlement("x", days: nil), now: now) == nil)
    }
}
