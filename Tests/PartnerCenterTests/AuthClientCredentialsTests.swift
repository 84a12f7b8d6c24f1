import Foundation
import PartnerCenter
import PartnerCenterSandbox
import Testing

/// App-only sign-in: v1 `resource` vs v2 `scope`, clouds, sharing, and the sandbox.
struct AuthClientCredentialsTests {
    @Test("v1 sends resource to /oauth2/token; v2 sends scope to /oauth2/v2.0/token")
    func v1AndV2() async throws {
        let v1 = ScriptedTransport([AuthTestSupport.token("at")])
        _ = try await ClientCredentialsTokenProvider(
            cloud: .global, tenant: "contoso", clientID: "app-1", clientSecret: Secret("s"), endpoint: .appOnlyV1, transport: v1
        ).accessToken(forceRefresh: false)
        let v1Request = try #require(v1.sent.first)
        #expect(v1Request.url.absoluteString == "https://login.microsoftonline.com/contoso/oauth2/token")
        #expect(AuthTestSupport.form(v1Request)["resource"] == "https://api.partnercenter.microsoft.com")
        #expect(AuthTestSupport.form(v1Request)["scope"] == nil)

        let v2 = ScriptedTransport([AuthTestSupport.token("at")])
        _ = try await ClientCredentialsTokenProvider(
            cloud: .global, tenant: "contoso", clientID: "app-1", clientSecret: Secret("s"), endpoint: .appOnlyV2, transport: v2
        ).accessToken(forceRefresh: false)
        let v2Request = try #require(v2.sent.first)
        #expect(v2Request.url.absoluteString == "https://login.microsoftonline.com/contoso/oauth2/v2.0/token")
        #expect(AuthTestSupport.form(v2Request)["scope"] == "https://api.partnercenter.microsoft.com/.default")
        #expect(AuthTestSupport.form(v2Request)["resource"] == nil)
        #expect(AuthTestSupport.form(v2Request)["grant_type"] == "client_credentials")

        let legacy = ScriptedTransport([AuthTestSupport.token("at")])
        _ = try await ClientCredentialsTokenProvider(
            authority: URL(string: "https://login.example.test")!, tenant: "t", clientID: "c", clientSecret: "s",
            resource: "https://graph.windows.net", transport: legacy
        ).accessToken(forceRefresh: false)
        #expect(AuthTestSupport.form(try #require(legacy.sent.first))["resource"] == "https://graph.windows.net")
    }

    @Test("US Government app-only sign-in goes to login.microsoftonline.us; overrides replace the authority")
    func usGovernment() async throws {
        let transport = ScriptedTransport([AuthTestSupport.token("at"), AuthTestSupport.token("at")])
        _ = try await ClientCredentialsTokenProvider(
            cloud: .usGovernment, tenant: "fabrikam.us", clientID: "app", clientSecret: Secret("s"), transport: transport
        ).accessToken(forceRefresh: false)
        #expect(transport.sent.first?.url.absoluteString == "https://login.microsoftonline.us/fabrikam.us/oauth2/token")
        let local = CloudEnvironment.usGovernment.overriding(authority: URL(string: "http://127.0.0.1:9")!)
        #expect(local.name == "usGovernment")
        #expect(local.endpoint.absoluteString == "https://api.partnercenter.microsoft.com")
        _ = try await ClientCredentialsTokenProvider(
            cloud: local, tenant: "t", clientID: "app", clientSecret: Secret("s"), transport: transport
        ).accessToken(forceRefresh: false)
        #expect(transport.sent.last?.url.absoluteString == "http://127.0.0.1:9/t/oauth2/token")
    }

    @Test("concurrent callers share one client-credentials request; the token is reused until 5 minutes before expiry")
    func sharedAndCached() async throws {
        let clock = ManualClock()
        let transport = CountingTransport(delay: 0.2) { number in AuthTestSupport.token("at-\(number)", expiresIn: 3600) }
        let provider = ClientCredentialsTokenProvider(
            cloud: .global, tenant: "t", clientID: "app", clientSecret: Secret("s"), transport: transport, now: clock.now)
        let values = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<10 { group.addTask { try await provider.accessToken(forceRefresh: false).value } }
            return try await group.reduce(into: Set<String>()) { $0.insert($1) }
        }
        #expect(values == ["at-1"])
        #expect(transport.requestCount == 1)
        clock.advance(3299)
        #expect(try await provider.accessToken(forceRefresh: false).value == "at-1", "exactly 5 minutes left: still good")
        clock.advance(2)
        #expect(try await provider.accessToken(forceRefresh: false).value == "at-2")
    }

    @Test("against the sandbox, v2 client credentials yield a token the /v1 API accepts; a wrong secret is refused")
    func sandboxV2() async throws {
        let server = try await SandboxServer.start(SandboxConfiguration())
        defer { Task { await server.stop() } }
        let provider = ClientCredentialsTokenProvider(
            cloud: AuthTestSupport.cloud(server), tenant: "sandbox", clientID: SandboxTokenIssuer.clientID,
            clientSecret: Secret(SandboxTokenIssuer.clientSecret), endpoint: .appOnlyV2, transport: AsyncHTTPClientTransport.shared)
        let client = PartnerCenterClient(
            configuration: PartnerCenterConfiguration(endpoint: server.baseURL, retryPolicy: .none), tokenProvider: provider)
        #expect(try await client.customers.list(size: 1).items.count == 1)

        let wrong = ClientCredentialsTokenProvider(
            cloud: AuthTestSupport.cloud(server), tenant: "sandbox", clientID: SandboxTokenIssuer.clientID,
            clientSecret: Secret("not-the-secret-42"), endpoint: .appOnlyV2, transport: AsyncHTTPClientTransport.shared)
        let error = await #expect(throws: PartnerCenterError.self) { try await wrong.accessToken(forceRefresh: false) }
        #expect(error?.code == "invalid_client")
        #expect(error?.httpStatus == 401)
        #expect(error?.summary.contains("client ID or secret was rejected") == true)
        #expect(error.map { String(describing: $0).contains("not-the-secret-42") } == false)
    }
}
