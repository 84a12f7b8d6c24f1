import Foundation
import PartnerCenter
import PartnerCenterSandbox
import ReservationsCore
import Testing

/// Renewal lines are what was bought, bought again: read from the order, the SKU, its availability and today's
/// price sheet, against the sandbox. Planning sends nothing.
struct RenewalPlannerTests {
    /// Buys `quantity` of the sandbox's VM SKU on the registered subscription and returns its entitlement and order.
    static func buy(_ sandbox: PurchaseSandbox, quantity: Int, scope: String) async throws -> (Entitlement, Order) {
        let customer = sandbox.client.customers.byID(sandbox.customer.id)
        let line = CartLineItem(
            id: 0, catalogItemID: sandbox.availability.catalogItemID, quantity: quantity,
            termDuration: sandbox.availability.terms.first?.duration, friendlyName: "VM_RI_renewal_test",
            provisioningContext: ["subscriptionId": sandbox.registered.id.rawValue, "scope": scope, "duration": sandbox.sku.duration ?? ""])
        let cart = try await customer.carts.create(Cart(lineItems: [line]))
        let result = try await customer.carts.byID(try #require(cart.id)).checkOut()
        let order = try await customer.orders.byID(try #require(result.orders.first?.id)).get()
        let entitlement = try #require(try await customer.entitlements.list().first { $0.referenceOrder?.id == order.id })
        return (entitlement, order)
    }

    @Test("a bought reservation plans as the same SKU, term, quantity, scope and subscription at today's price, named for what it renews")
    func sameAgain() async throws {
        let sandbox = try await PurchaseSandbox.start()
        defer { Task { await sandbox.server.stop() } }
        let (entitlement, order) = try await Self.buy(sandbox, quantity: 3, scope: "single")
        let ordersBefore = try await sandbox.orderCount()

        let plan = try await RenewalPlanner(client: sandbox.server.client()).plan(
            customerID: sandbox.customer.id, country: "US", entitlements: [entitlement], firstLineID: 4)
        #expect(plan.problems.isEmpty && plan.priceNote == nil, "\(plan)")
        let line = try #require(plan.lines.first)
        #expect(line.id == 4)
        #expect(line.catalogItemID == sandbox.availability.catalogItemID)
        #expect(line.productID == sandbox.sku.productID && line.skuID == sandbox.sku.id)
        #expect(line.termDuration == sandbox.availability.terms.first?.duration)
        #expect(line.quantity == 3 && line.scope == .single)
        #expect(line.subscriptionID == sandbox.registered.id)
        #expect(line.subscriptionName == sandbox.registered.friendlyName)
        #expect(line.friendlyName == "Renews VM_RI_renewal_test")
        #expect(line.region == sandbox.sku.region && line.skuName == sandbox.sku.armSkuName)
        #expect(line.unitPrice != nil && line.currencyCode == "USD", "today's price from the price sheet")
        #expect(line.renewal?.orderID == order.id)
        #expect(line.renewal?.paidTotal == order.totalPrice, "a one-line order's total is what was paid")
        #expect(line.renewal?.paidTotal != nil)
        #expect(try await sandbox.orderCount() == ordersBefore, "planning buys nothing")
    }

    @Test("an app-only sign-in plans without a price and says why; a reservation without its order is left out with the reason")
    func appOnlyAndInactive() async throws {
        let sandbox = try await PurchaseSandbox.start()
        defer { Task { await sandbox.server.stop() } }
        let (entitlement, _) = try await Self.buy(sandbox, quantity: 1, scope: "shared")
        let plan = try await RenewalPlanner(client: sandbox.client).plan(
            customerID: sandbox.customer.id, country: "US", entitlements: [entitlement], firstLineID: 1)
        #expect(plan.lines.first?.unitPrice == nil)
        #expect(plan.priceNote?.contains("pcres login") == true, "\(String(describing: plan.priceNote))")

        var orphan = entitlement
        orphan.referenceOrder = nil
        let refused = try await RenewalPlanner(client: sandbox.client).plan(
            customerID: sandbox.customer.id, country: "US", entitlements: [orphan], firstLineID: 1)
        #expect(refused.lines.isEmpty)
        #expect(refused.problems == ["\(entitlement.productId): the reservation names no order or SKU"])
    }
}
