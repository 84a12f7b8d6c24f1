import Foundation
import PartnerCenter
import PartnerCenterSandbox
import Testing

/// Azure-plan reservation lines (issue #17, point 6) as curl would send them: what the notes say the plan's SKUs
/// take (shared scope on the plan's subscription ID, no duration) passes; the rest is a cart line error.
struct SandboxAzurePlanCartHTTPTests {
    typealias HTTP = SandboxHTTPTests

    struct Setup {
        var server: SandboxServer
        var headers: [String: String]
        var customerID: String
        var planID: String
        var legacyID: String
        var planItem: String
        var legacyItem: String
    }

    /// Contoso with its Azure plan registered, and the first VM SKU's availability in each scope.
    static func setup() async throws -> Setup {
        var configuration = SandboxConfiguration(behavior: .immediate)
        configuration.seedsHistory = false
        let server = try await SandboxServer.start(configuration)
        let headers = ["Authorization": "Bearer \(try await HTTP.token(server))", "Content-Type": "application/json"]
        let base = server.baseURL.absoluteString
        func items(_ path: String) async throws -> [[String: Any]] {
            let exchange = try await HTTP.send("GET", try #require(URL(string: base + path)), headers: headers)
            #expect(exchange.status == 200, "GET \(path)")
            return try #require(exchange.json?["items"] as? [[String: Any]])
        }
        let customerID = try #require(try await items("/v1/customers?size=1").first?["id"] as? String)
        let subscriptions = try await items("/v1/customers/\(customerID)/subscriptions")
        let planID = try #require(subscriptions.first { ($0["offerId"] as? String)?.hasPrefix(Subscription.azurePlanOfferPrefix) == true }?["id"] as? String)
        let legacyID = try #require(subscriptions.first { $0["offerId"] as? String == Subscription.legacyAzureOfferID }?["id"] as? String)
        let registered = try await HTTP.send(
            "POST", try #require(URL(string: base + "/v1/customers/\(customerID)/subscriptions/\(planID)/registrations")), headers: headers)
        #expect(registered.status == 202)
        func catalogItem(_ scope: String) async throws -> (item: String, variables: [String]) {
            let product = try #require(try await items("/v1/products?country=US&targetView=AzureReservationsVM\(scope)").first?["id"] as? String)
            let skus = try await items("/v1/products/\(product)/skus?country=US\(scope)")
            let sku = try #require(skus.first { ($0["purchasePrerequisites"] as? [String])?.contains("InventoryCheck") == false })
            let skuID = try #require(sku["id"] as? String)
            let availability = try #require(try await items("/v1/products/\(product)/skus/\(skuID)/availabilities?country=US\(scope)").first)
            return (try #require(availability["catalogItemId"] as? String), try #require(sku["provisioningVariables"] as? [String]))
        }
        let plan = try await catalogItem("&reservationScope=AzurePlan")
        #expect(plan.variables == ["Scope", "SubscriptionId"], "the documented Azure-plan SKU lists no Duration")
        let legacy = try await catalogItem("")
        #expect(legacy.variables == ["Scope", "SubscriptionId", "Duration"])
        return Setup(
            server: server, headers: headers, customerID: customerID, planID: planID, legacyID: legacyID, planItem: plan.item,
            legacyItem: legacy.item)
    }

    /// Creates a one-line cart and returns the line's `error`, or nil when the line was accepted.
    static func lineError(_ setup: Setup, item: String, context: [String: String]) async throws -> [String: Any]? {
        let line: [String: Any] = [
            "id": 0, "catalogItemId": item, "quantity": 1, "billingCycle": "one_time", "termDuration": "P1Y", "provisioningContext": context,
        ]
        let body = try JSONSerialization.data(withJSONObject: ["lineItems": [line]])
        let url = try #require(URL(string: setup.server.baseURL.absoluteString + "/v1/customers/\(setup.customerID)/carts"))
        let exchange = try await HTTP.send("POST", url, headers: setup.headers, body: body)
        #expect(exchange.status == 201)
        let lines = try #require(exchange.json?["lineItems"] as? [[String: Any]])
        return lines.first?["error"] as? [String: Any]
    }

    @Test("an Azure-plan line with shared scope on the plan's ID and no duration is accepted")
    func sharedPlanLineAccepted() async throws {
        let setup = try await Self.setup()
        defer { Task { await setup.server.stop() } }
        let error = try await Self.lineError(setup, item: setup.planItem, context: ["subscriptionId": setup.planID, "scope": "shared"])
        #expect(error == nil, "\(String(describing: error))")
    }

    @Test("single scope on an Azure-plan line is a cart line error InvalidInput that says shared")
    func singleScopeRefused() async throws {
        let setup = try await Self.setup()
        defer { Task { await setup.server.stop() } }
        let error = try #require(try await Self.lineError(setup, item: setup.planItem, context: ["subscriptionId": setup.planID, "scope": "single"]))
        #expect(error["errorCode"] as? String == "InvalidInput")
        #expect((error["errorDescription"] as? String)?.contains("must be shared for an Azure plan") == true)
    }

    @Test("duration on a SKU that does not list it is a cart line error naming the SKU's variables; the 0145P SKU still takes it")
    func unlistedDurationRefused() async throws {
        let setup = try await Self.setup()
        defer { Task { await setup.server.stop() } }
        let error = try #require(try await Self.lineError(
            setup, item: setup.planItem, context: ["subscriptionId": setup.planID, "scope": "shared", "duration": "1Year"]))
        #expect(error["errorCode"] as? String == "InvalidInput")
        #expect((error["errorDescription"] as? String)?.contains("duration is not a provisioning variable of this SKU (it lists Scope, SubscriptionId)") == true)
        let legacyContext = ["subscriptionId": setup.legacyID, "scope": "single", "duration": "1Year"]
        #expect(try await Self.lineError(setup, item: setup.legacyItem, context: legacyContext) == nil, "MS-AZR-0145P keeps single and duration")
    }
}
