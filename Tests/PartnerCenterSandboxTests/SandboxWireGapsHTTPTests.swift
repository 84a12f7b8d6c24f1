import Foundation
import PartnerCenter
import PartnerCenterSandbox
import Testing

/// The documented fields the conformance runs found missing (issue #17, point 5), as curl would see them.
struct SandboxWireGapsHTTPTests {
    typealias HTTP = SandboxHTTPTests

    struct Session {
        var server: SandboxServer
        var headers: [String: String]

        func get(_ path: String) async throws -> HTTP.Exchange {
            let url = try #require(URL(string: server.baseURL.absoluteString + path))
            return try await HTTP.send("GET", url, headers: headers)
        }

        /// GETs `path` and returns its `items`, requiring a 200.
        func items(_ path: String) async throws -> [[String: Any]] {
            let exchange = try await get(path)
            #expect(exchange.status == 200, "GET \(path)")
            return try #require(exchange.json?["items"] as? [[String: Any]], "GET \(path) has items")
        }
    }

    static func session() async throws -> Session {
        let server = try await SandboxServer.start(SandboxConfiguration())
        return Session(server: server, headers: ["Authorization": "Bearer \(try await HTTP.token(server))"])
    }

    static func objectType(_ item: [String: Any]) -> String? { (item["attributes"] as? [String: Any])?["objectType"] as? String }

    /// The second seeded customer, which has a year of purchase history (the first is kept clean).
    static func customerWithHistory(_ session: Session) async throws -> String {
        let customers = try await session.items("/v1/customers?size=2")
        return try #require(customers.last?["id"] as? String)
    }

    @Test("a subscription is served by ID where its list item's links.self points, and unknown ones are a 404 with 20003")
    func subscriptionByID() async throws {
        let session = try await Self.session()
        defer { Task { await session.server.stop() } }
        let customers = try await session.items("/v1/customers?size=1")
        let customerID = try #require(customers.first?["id"] as? String)
        let listed = try await session.items("/v1/customers/\(customerID)/subscriptions")
        #expect(!listed.isEmpty)
        for item in listed {
            let link = try #require((item["links"] as? [String: Any])?["self"] as? [String: Any])
            let uri = try #require(link["uri"] as? String)
            let exchange = try await session.get("/v1" + uri)
            #expect(exchange.status == 200, "GET \(uri)")
            #expect(exchange.json?["id"] as? String == item["id"] as? String)
            #expect(exchange.json?["offerId"] as? String == item["offerId"] as? String)
        }
        let missing = try await session.get("/v1/customers/\(customerID)/subscriptions/00000000-0000-0000-0000-000000000000")
        #expect(missing.status == 404)
        #expect(missing.json?["code"] as? String == "20003")
    }

    @Test("orders carry links.self, links.provisioningStatus and patchOperation; the status items carry orderLineItemId")
    func orderLinksAndProvisioning() async throws {
        let session = try await Self.session()
        defer { Task { await session.server.stop() } }
        let customerID = try await Self.customerWithHistory(session)
        let orders = try await session.items("/v1/customers/\(customerID)/orders")
        let order = try #require(orders.first)
        let orderID = try #require(order["id"] as? String)
        let links = try #require(order["links"] as? [String: Any])
        let path = "/customers/\(customerID)/orders/\(orderID)"
        #expect((links["self"] as? [String: Any])?["uri"] as? String == path)
        let patch = try #require(links["patchOperation"] as? [String: Any])
        #expect(patch["uri"] as? String == path)
        #expect(patch["method"] as? String == "PATCH")
        #expect(patch["headers"] is [Any])
        let provisioning = try #require(links["provisioningStatus"] as? [String: Any])
        #expect(provisioning["uri"] as? String == path + "/provisioningstatus")
        #expect(provisioning["method"] as? String == "GET")

        let byID = try await session.get("/v1" + path)
        #expect(((byID.json?["links"] as? [String: Any])?["provisioningStatus"] as? [String: Any])?["uri"] as? String == path + "/provisioningstatus")

        let statuses = try await session.items("/v1" + path + "/provisioningstatus")
        let lines = try #require(order["lineItems"] as? [[String: Any]])
        #expect(statuses.count == lines.count)
        for (status, line) in zip(statuses, lines) {
            #expect(status["orderLineItemId"] as? String == String(describing: try #require(line["lineItemNumber"] as? Int)))
            #expect(status["lineItemNumber"] as? Int == line["lineItemNumber"] as? Int)
            #expect(Self.objectType(status) == "OrderLineItemProvisioningStatus")
        }
    }

    @Test("items of entitlements, Azure entitlements and invoice summaries say their objectType")
    func objectTypes() async throws {
        let session = try await Self.session()
        defer { Task { await session.server.stop() } }
        let customerID = try await Self.customerWithHistory(session)
        let entitlements = try await session.items("/v1/customers/\(customerID)/entitlements?entitlementType=reservedInstance&showExpiry=true")
        #expect(!entitlements.isEmpty)
        #expect(entitlements.allSatisfy { Self.objectType($0) == "Entitlement" })

        // Contoso, the first customer, has an Azure plan.
        let contosoID = try #require(try await session.items("/v1/customers?size=1").first?["id"] as? String)
        let subscriptions = try await session.items("/v1/customers/\(contosoID)/subscriptions")
        let plan = try #require(subscriptions.first { ($0["offerId"] as? String)?.hasPrefix(Subscription.azurePlanOfferPrefix) == true })
        let planID = try #require(plan["id"] as? String)
        let azure = try await session.items("/v1/customers/\(contosoID)/subscriptions/\(planID)/azureentitlements")
        #expect(!azure.isEmpty)
        #expect(azure.allSatisfy { Self.objectType($0) == "AzureEntitlement" })

        let summaries = try await session.items("/v1/invoices/summaries")
        #expect(!summaries.isEmpty)
        #expect(summaries.allSatisfy { Self.objectType($0) == "InvoiceSummary" })
    }
}
