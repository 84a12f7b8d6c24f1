import Foundation
import PartnerCenter
import PartnerCenterSandbox
import Testing

/// Microsoft Graph's asynchronous billing export against the sandbox's Graph and blob origins.
struct BillingExportAgainstSandboxTests {
    /// Waits it was told to make, instead of sleeping.
    final class Waits: @unchecked Sendable {
        private let lock = NSLock()
        private var seconds: [TimeInterval] = []
        func add(_ value: TimeInterval) { lock.withLock { seconds.append(value) } }
        var all: [TimeInterval] { lock.withLock { seconds } }
    }

    static func start(_ behavior: SandboxBehavior) async throws -> SandboxServer {
        var configuration = SandboxConfiguration(behavior: behavior)
        configuration.seedsHistory = false
        return try await SandboxServer.start(configuration)
    }

    /// A client whose waits are recorded, not slept.
    static func client(_ server: SandboxServer, waits: Waits) -> PartnerCenterClient {
        var configuration = PartnerCenterConfiguration(endpoint: server.baseURL, retryPolicy: .none, priceSheetEndpoint: server.partnerAPIURL)
        configuration.graphEndpoint = server.graphURL
        let cloud = server.cloud
        func tokens(_ endpoint: TokenEndpoint) -> ClientCredentialsTokenProvider {
            ClientCredentialsTokenProvider(
                cloud: cloud, tenant: "sandbox", clientID: SandboxTokenIssuer.clientID, clientSecret: Secret(SandboxTokenIssuer.clientSecret),
                endpoint: endpoint, transport: AsyncHTTPClientTransport.shared)
        }
        return PartnerCenterClient(
            configuration: configuration, tokenProvider: tokens(.appOnlyV1), graphTokens: tokens(.graphAppOnlyV2),
            sleep: { waits.add($0) })
    }

    @Test("the export waits Retry-After between polls, reports progress, and never sends a bearer token to blob storage")
    func retryAfter() async throws {
        var behavior = SandboxBehavior.immediate
        behavior.exportRunningPolls = 3
        behavior.exportRetryAfter = 7
        let server = try await Self.start(behavior)
        defer { Task { await server.stop() } }
        let waits = Waits()
        let progress = Waits()
        let lines = try await Self.client(server, waits: waits).billingExports.unbilledReconciliation(period: .current, currency: "USD") { step in
            if case .preparing(_, let seconds) = step { progress.add(TimeInterval(seconds)) }
        }
        #expect(lines.isEmpty)
        #expect(waits.all == [7, 7, 7])
        #expect(progress.all == [7, 7, 7])
        #expect(await server.exports.operationPolls == 4)
        #expect(await server.exports.blobsServed == 1)
        #expect(await server.exports.bearerTokensSeen == 0)
    }

    @Test("a failed export (code 5000) is told in plain words")
    func failure() async throws {
        let server = try await Self.start(.immediate)
        defer { Task { await server.stop() } }
        do {
            _ = try await Self.client(server, waits: Waits()).billingExports.billedReconciliation(invoiceID: "D0123456789")
            Issue.record("expected a failure")
        } catch let error as PartnerCenterError {
            #expect(error.code == "5000")
            #expect(error.serviceDescription?.contains("Microsoft has no reconciliation data for it") == true)
            #expect(error.serviceDescription?.contains("D0123456789") == true)
        }
    }

    @Test("expired download links make one fresh poll of the operation, then the export fails with the reason")
    func expiredLinks() async throws {
        var behavior = SandboxBehavior.immediate
        behavior.exportSASLifetime = -1
        let server = try await Self.start(behavior)
        defer { Task { await server.stop() } }
        do {
            _ = try await Self.client(server, waits: Waits()).billingExports.unbilledReconciliation(period: .last, currency: "EUR")
            Issue.record("expected a failure")
        } catch let error as PartnerCenterError {
            #expect(error.httpStatus == 403)
            #expect(error.serviceDescription?.contains("refused twice") == true)
        }
        #expect(await server.exports.operationPolls == 2, "one poll, then one more for a fresh link")
        #expect(await server.exports.blobsServed == 0)
    }

    @Test("Graph refuses a Partner Center token (InvalidAuthenticationToken); blob storage refuses a bearer token")
    func audiences() async throws {
        let server = try await Self.start(.immediate)
        defer { Task { await server.stop() } }
        let form = "grant_type=client_credentials&client_id=pcres-sandbox&client_secret=sandbox-secret"
        let token = try await AsyncHTTPClientTransport.shared.send(
            TransportRequest(
                method: "POST", url: server.baseURL.appendingPathComponent("sandbox/oauth2/token"),
                headers: ["Content-Type": "application/x-www-form-urlencoded"], body: Data(form.utf8)))
        let partnerCenter = try #require((try JSONSerialization.jsonObject(with: token.body) as? [String: Any])?["access_token"] as? String)
        let refused = try await AsyncHTTPClientTransport.shared.send(
            TransportRequest(
                method: "POST", url: server.graphURL.appendingPathComponent("v1.0/reports/partners/billing/reconciliation/unbilled/export"),
                headers: ["Authorization": "Bearer \(partnerCenter)", "Content-Type": "application/json"],
                body: Data(#"{"billingPeriod":"current","currencyCode":"USD"}"#.utf8)))
        #expect(refused.status == 401)
        let error = (try JSONSerialization.jsonObject(with: refused.body) as? [String: Any])?["error"] as? [String: Any]
        #expect(error?["code"] as? String == "InvalidAuthenticationToken")
        let blob = try await AsyncHTTPClientTransport.shared.send(
            TransportRequest(method: "GET", url: server.blobURL.appendingPathComponent("any/file.json.gz"), headers: ["Authorization": "Bearer \(partnerCenter)"]))
        #expect(blob.status == 400)
        #expect(await server.exports.bearerTokensSeen == 1)
    }
}
