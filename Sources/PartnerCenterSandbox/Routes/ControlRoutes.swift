import Foundation
import GRDB
import Hummingbird
import PartnerCenter

/// Trainer and test controls outside the Partner Center API, under `/sandbox`:
/// - `POST /sandbox/customers/{cid}/subscriptions/{sid}/registration` `{"status":"notregistered"}` sets a registration;
/// - `POST /sandbox/invoices/close` closes the billing period: the unbilled charges go on a new final invoice per
///   currency dated today (`{"closedInvoices": n, "invoiceIds": [...]}`);
/// - `POST /sandbox/exports/expire-links` makes every SAS token handed out so far expired (the blob origin then
///   answers 403), to rehearse a download that outlived its link;
/// - `GET /sandbox/customers/{cid}/orders` lists every order at once, ignoring the listing delay (what a test or a
///   trainer counts; Partner Center has no such view).
struct ControlRoutes {
    let store: SandboxStore
    let exports: BillingExportDesk
    let clock: SandboxClock

    struct ClosedPeriod: Encodable {
        var closedInvoices: Int
        var invoiceIds: [String]
    }

    struct RegistrationChange: Codable { var status: String }

    func register(on router: Router<SandboxRequestContext>) {
        router.post("/sandbox/customers/:customerId/subscriptions/:subscriptionId/registration") { request, context in
            let customerID = try context.parameters.require("customerId")
            let subscriptionID = try context.parameters.require("subscriptionId")
            let body = try await request.body.collect(upTo: 4096)
            guard let change = try? JSONDecoder().decode(RegistrationChange.self, from: Data(buffer: body)),
                ["registered", "registering", "notregistered"].contains(change.status.lowercased())
            else { throw SandboxError.badRequest(#"Send {"status":"registered|registering|notregistered"}."#) }
            let updated = try store.write { db -> Bool in
                guard var subscription = try SubscriptionRecord.fetchOne(db, key: subscriptionID), subscription.customerId == customerID
                else { return false }
                subscription.registrationStatus = change.status.lowercased()
                subscription.registrationReadyAt = change.status.lowercased() == "registering" ? clock.now : nil
                try subscription.update(db)
                return true
            }
            guard updated else { throw SandboxError.notFound("Subscription \(subscriptionID)", code: "20003") }
            return Response(status: .noContent)
        }
        router.get("/sandbox/customers/:customerId/orders") { _, context in
            let customerID = try context.parameters.require("customerId")
            guard try store.customer(id: customerID) != nil else { throw SandboxError.notFound("Customer \(customerID)", code: "800002") }
            return try JSONResponse.make(ResourceCollection(items: try store.orders(customerID: customerID, now: clock.now)))
        }
        router.post("/sandbox/invoices/close") { _, _ in
            let issued = try store.closeBillingPeriod(now: clock.now)
            return try JSONResponse.make(ClosedPeriod(closedInvoices: issued.count, invoiceIds: issued))
        }
        router.post("/sandbox/exports/expire-links") { _, _ in
            await exports.expireLinks()
            return Response(status: .noContent)
        }
    }
}
