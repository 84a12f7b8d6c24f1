import Foundation
import PartnerCenter
import ReservationsCore
import ReservationsTUI
import TerminalUI

/// A customer's reservations as the service returns them: one expiring in 12 days, one in 200, one undated.
enum ReservationsFixtures {
    /// The moment the list is read: 2026-11-25 00:00 UTC.
    static let now = Date(timeIntervalSince1970: 1_795_564_800)

    /// Where the details of the entitlement of `order` are read from.
    static func link(_ order: String) -> ReservationDetailsLink { ReservationDetailsLink(artifact(order)) }

    static func artifact(_ order: String) -> Artifact {
        Artifact(
            artifactType: "reservedinstance", resourceId: "RO-\(order)",
            link: Link(uri: "/customers/\(Fixtures.customers[2].id.rawValue)/orders/\(order)/reservations/RO-\(order)"),
            dynamicAttributes: ["reservationType": "virtualmachines"])
    }

    static func entitlement(_ order: String, sku: String, quantity: Int, daysLeft: Int?) -> Entitlement {
        Entitlement(
            referenceOrder: .init(id: OrderID(order), lineItemId: "0", alternateId: nil), productId: "DZH318Z0BQ4Z", skuId: sku,
            quantity: quantity, entitlementType: "reservedInstance", entitledArtifacts: [artifact(order)],
            expiryDate: daysLeft.map { now.addingTimeInterval(TimeInterval($0) * 86_400 + 3_600) })
    }

    /// Deliberately not in expiry order.
    static let entitlements = [
        entitlement("ORD-LATER", sku: "0001", quantity: 3, daysLeft: 200),
        entitlement("ORD-NODATE", sku: "0003", quantity: 1, daysLeft: nil),
        entitlement("ORD-SOON", sku: "0002", quantity: 2, daysLeft: 12),
    ]

    static var detailsRow: ReservationDetailsRow { ReservationDetailsRow(details) }

    static let details = ReservationDetails(type: "virtualmachines", reservations: [
        Reservation(
            reservationId: "/providers/microsoft.capacity/reservationOrders/RO-ORD-SOON/reservations/R-1",
            displayName: "VM_RI_11-25-2025_09-00", scopeType: "Shared", appliedScopes: nil, quantity: 2,
            effectiveDateTime: now.addingTimeInterval(-353 * 86_400), expiryDateTime: now.addingTimeInterval(12 * 86_400 + 3_600),
            provisioningState: "Succeeded")
    ])

    /// When this host sent the checkout of `ORD-NEW`: 2026-11-24 23:50 UTC, ten minutes before the list was read.
    static let placedAt = now.addingTimeInterval(-600)

    /// An order this host placed whose two lines Partner Center does not list as entitlements yet.
    static let unlistedOrder = UnlistedOrder(
        order: Order(
            id: "ORD-NEW", alternateId: nil, referenceCustomerId: Fixtures.customers[2].id, billingCycle: .oneTime,
            currencyCode: "USD", currencySymbol: "$", creationDate: placedAt, status: .completed,
            lineItems: [
                OrderLineItem(lineItemNumber: 0, offerId: "DZH318Z0BQ4Z:0004:DZH318Z0BQ3Q", friendlyName: "Standard_D2s_v5 eastus 1Y",
                              quantity: 2, termDuration: "P1Y", provisioningContext: ["scope": "shared"]),
                OrderLineItem(lineItemNumber: 1, offerId: "DZH318Z0BQ4Z:0005:DZH318Z0BQ3R", friendlyName: nil,
                              quantity: 1, termDuration: "P3Y", provisioningContext: ["scope": "single"]),
            ], totalPrice: 1200),
        placedAt: placedAt)

    /// The third customer (Fabrikam) selected and its reservations open.
    static func openState(size: Size = Size(width: 100, height: 30)) -> AppState {
        var state = Fixtures.loadedState(size: size)
        _ = Fixtures.press([.down, .down, .char("V")], &state)
        _ = AppReducer.reduce(&state, .reservations(.reservationsLoaded(Fixtures.customers[2].id, entitlements.map(ReservationRow.init), now: now)))
        return state
    }
}
