import Foundation
import Hummingbird
import PartnerCenter

/// Operations 16–19: orders, provisioning status, entitlements and the reservation details behind them.
struct OrderRoutes {
    let store: SandboxStore
    let behavior: SandboxBehavior
    let clock: SandboxClock

    /// Orders created after this are not in the lists yet (Partner Center's documented listing delay).
    private func listedBefore(_ now: Date) -> Date { now.addingTimeInterval(-behavior.orderListDelay) }

    func register(on router: Router<SandboxRequestContext>) {
        router.get("/v1/customers/:customerId/orders") { request, context in
            let customerID = try requireCustomer(context)
            let now = clock.now
            var orders = try store.orders(customerID: customerID, now: now, listedBefore: listedBefore(now))
            if let billingType = request.uri.queryParameters.get("billingType") {
                let wanted = BillingCycle(wire: billingType)
                if case .unknown = wanted { throw SandboxError.badRequest("billingType \(billingType) is not a billing cycle type.") }
                orders = orders.filter { $0.billingCycle == wanted }
            }
            var collection = ResourceCollection(items: orders)
            collection.links = ResourceLinks(selfLink: Link(uri: "/customers/\(customerID)/orders"))
            return try JSONResponse.make(collection)
        }
        router.get("/v1/customers/:customerId/orders/:orderId") { _, context in
            let customerID = try requireCustomer(context)
            let orderID = try context.parameters.require("orderId")
            guard let found = try store.order(customerID: customerID, orderID: orderID, now: clock.now) else {
                throw SandboxError.notFound("Order \(orderID)", code: "20000")
            }
            return try JSONResponse.make(found.order)
        }
        router.get("/v1/customers/:customerId/orders/:orderId/provisioningstatus") { _, context in
            let customerID = try requireCustomer(context)
            let orderID = try context.parameters.require("orderId")
            guard let found = try store.order(customerID: customerID, orderID: orderID, now: clock.now) else {
                throw SandboxError.notFound("Order \(orderID)", code: "20000")
            }
            let state: ProvisioningStatus.State = found.order.status == .completed ? .fulfilled : .preFulfillmentPending
            let items = found.order.lineItems.map { line in
                ProvisioningStatus(
                    lineItemNumber: line.lineItemNumber, orderLineItemId: String(line.lineItemNumber), status: state,
                    quantityProvisioningInformation: [ProvisioningStatus.QuantityDetail(quantity: line.quantity, status: state)])
            }
            return try JSONResponse.make(ResourceCollection(items: items))
        }
        router.get("/v1/customers/:customerId/entitlements") { request, context in
            let customerID = try requireCustomer(context)
            let query = request.uri.queryParameters
            let type = query.get("entitlementType")?.lowercased()
            guard type == nil || ["reservedinstance", "virtualmachinereservedinstance", "software"].contains(type ?? "") else {
                throw SandboxError.badRequest("entitlementType must be software or reservedInstance.")
            }
            var items = type == "software" ? [] : try store.reservationEntitlements(customerID: customerID, listedBefore: listedBefore(clock.now))
            if type == "virtualmachinereservedinstance" { items = items.filter { $0.reservationType == "virtualmachines" } }
            let showExpiry = query.get("showExpiry")?.lowercased() == "true"
            items = items.map { entitlement in
                var copy = entitlement
                if !showExpiry { copy.expiryDate = nil }
                // Entitlements stored before the sandbox wrote `attributes` get it when read.
                copy.attributes = ResourceAttributes(objectType: "Entitlement")
                return copy
            }
            return try JSONResponse.make(ResourceCollection(items: items))
        }
        router.get("/v1/customers/:customerId/artifacts/reservedinstance/groups/:groupId/lineitems/:lineItemId/resource/:resourceId") {
            _, context in
            let customerID = try requireCustomer(context)
            let resourceID = try context.parameters.require("resourceId")
            guard let details = try store.reservationDetails(customerID: customerID, reservationOrderID: resourceID) else {
                throw SandboxError.notFound("Reservation order \(resourceID)", code: "800002")
            }
            return try JSONResponse.make(details)
        }
    }

    private func requireCustomer(_ context: SandboxRequestContext) throws -> String {
        let id = try context.parameters.require("customerId")
        guard try store.customer(id: id) != nil else { throw SandboxError.notFound("Customer \(id)", code: "800002") }
        return id
    }
}
