import Foundation
import GRDB
import Hummingbird
import PartnerCenter

/// Trainer and test controls outside the Partner Center API, under `/sandbox`:
/// - `POST /sandbox/customers/{cid}/subscriptions/{sid}/registration` `{"status":"notregistered"}` sets a registration;
/// - `POST /sandbox/invoices/close` closes the month: open invoices become final (statements available);
/// - `GET /sandbox/customers/{cid}/orders` lists every order at once, ignoring the listing delay (what a test or a
///   trainer counts; Partner Center has no such view).
struct ControlRoutes {
    let store: SandboxStore

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
                subscription.registrationReadyAt = change.status.lowercased() == "registering" ? Date() : nil
                try subscription.update(db)
                return true
            }
            guard updated else { throw SandboxError.notFound("Subscription \(subscriptionID)", code: "20003") }
            return Response(status: .noContent)
        }
        router.get("/sandbox/customers/:customerId/orders") { _, context in
            let customerID = try context.parameters.require("customerId")
            guard try store.customer(id: customerID) != nil else { throw SandboxError.notFound("Customer \(customerID)", code: "800002") }
            return try JSONResponse.make(ResourceCollection(items: try store.orders(customerID: customerID, now: Date())))
        }
        router.post("/sandbox/invoices/close") { _, _ in
            let closed = try store.write { db -> Int in
                try db.execute(sql: "UPDATE invoice SET isFinal = 1 WHERE isFinal = 0")
                return db.changesCount
            }
            return try JSONResponse.make(["closedInvoices": closed])
        }
    }
}
