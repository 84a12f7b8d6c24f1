import Foundation
import PartnerCenter
import PartnerCenterSandbox
import Testing

/// App+User by refresh token: rotation, caching, refresh margin, one refresh for many callers, v1/v2 forms.
struct AuthRefreshTokenTests {
    static func temporaryCacheURL() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("pcres-auth-\(UUID().uuidString)/tokens.json")
    }

    /// Signs in to the sandbox by device code, approving at once.
    static func signIn(_ server: SandboxServer) async throws -> SignInTokens {
        try await DeviceCodeSignIn(
            cloud: AuthTestSupport.cloud(server), tenant: "sandbox", clientID: SandboxTokenIssuer.clientID,
            transport: AsyncHTTPClientTransport.shared, sleep: { _ in }
        ).signIn { prompt in _ = try? await AuthTestSupport.decide(prompt, approve: true) }
    }

    @Test("refresh rotates: the old refresh token is rejected, the new one is saved, a second provider on the same file works")
    func rotationAgainstSandbox() async throws {
        let server = try await SandboxServer.start(SandboxConfiguration())
        defer { Task { await server.stop() } }
        let file = Self.temporaryCacheURL()
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let cloud = AuthTestSupport.cloud(server)
        let tokens = try await Self.signIn(server)
        let original = try #require(tokens.refreshToken)

        let first = RefreshTokenProvider(
            cloud: cloud, tenant: "sandbox", clientID: SandboxTokenIssuer.clientID, cache: FileTokenCache(url: file),
            transport: AsyncHTTPClientTransport.shared)
        try await first.adopt(tokens)
        let refreshed = try await first.accessToken(forceRefresh: true)
        #expect(refreshed.value != tokens.accessToken.value)

        let saved = try #require(try await FileTokenCache(url: file).entry(for: first.cacheKey)?.refreshToken)
        #expect(saved != original, "the rotated refresh token replaced the old one in the cache")

        // The old refresh token no longer works.
        let replay = RefreshTokenProvider(
            cloud: cloud, tenant: "sandbox", clientID: SandboxTokenIssuer.clientID,
            cache: InMemoryTokenCache([first.cacheKey: TokenCacheEntry(refreshToken: original)]), transport: AsyncHTTPClientTransport.shared)
        let error = await #expect(throws: PartnerCenterError.self) { try await replay.accessToken(forceRefresh: false) }
        #expect(error?.code == "invalid_grant")
        #expect(error?.summary.contains("run pcres login again") == true)

        // A second provider reading the same file refreshes with the rotated token, and the result works on /v1.
        let second = RefreshTokenProvider(
            cloud: cloud, tenant: "sandbox", clientID: SandboxTokenIssuer.clientID, cache: FileTokenCache(url: file),
            transport: AsyncHTTPClientTransport.shared)
        let reused = try await second.accessToken(forceRefresh: false)
        #expect(reused.value == refreshed.value, "the saved access token is reused while fresh")
        #expect(abs(reused.expiresOn.timeIntervalSince(refreshed.expiresOn)) < 0.001)
        let again = try await second.accessToken(forceRefresh: true)
        let page = try await AuthTestSupport.client(server, token: again).customers.list(size: 2)
        #expect(page.items.count == 2)
        let latest = try #require(try await FileTokenCache(url: file).entry(for: second.cacheKey)?.refreshToken)
        #expect(latest != saved)
    }

    @Test("the provider as the client's token provider: a 401 forces one refresh and the call succeeds")
    func clientUsesProvider() async throws {
        let server = try await SandboxServer.start(SandboxConfiguration())
        defer { Task { await server.stop() } }
        let tokens = try await Self.signIn(server)
        let cache = InMemoryTokenCache()
        let provider = RefreshTokenProvider(
            cloud: AuthTestSupport.cloud(server), tenant: "sandbox", clientID: SandboxTokenIssuer.clientID, cache: cache,
            transport: AsyncHTTPClientTransport.shared)
        // A stale access token the sandbox does not know, with a valid refresh token.
        try await provider.adopt(SignInTokens(accessToken: AccessToken(value: "stale", expiresOn: .distantFuture), refreshToken: tokens.refreshToken))
        let client = PartnerCenterClient(
            configuration: PartnerCenterConfiguration(endpoint: server.baseURL, retryPolicy: .none), tokenProvider: provider)
        let page = try await client.customers.list(size: 1)
        #expect(page.items.count == 1)
        let entry = try #require(await cache.entry(for: provider.cacheKey))
        #expect(entry.refreshToken != tokens.refreshToken)
        #expect(entry.accessToken?.value != "stale")
    }

    @Test("refreshes five minutes before expiry, not earlier (injected clock)")
    func refreshMargin() async throws {
        let clock = ManualClock()
        let transport = ScriptedTransport([
            AuthTestSupport.token("at-1", refresh: "rt-2", expiresIn: 3600), AuthTestSupport.token("at-2", refresh: "rt-3", expiresIn: 3600),
        ])
        let key = TokenCacheKey(cloud: .global, tenant: "t", clientID: "app-1")
        let cache = InMemoryTokenCache([key: TokenCacheEntry(refreshToken: Secret("rt-1"))])
        let provider = RefreshTokenProvider(cloud: .global, tenant: "t", clientID: "app-1", cache: cache, transport: transport, now: clock.now)
        #expect(try await provider.accessToken(forceRefresh: false).value == "at-1")
        clock.advance(3600 - 301)
        #expect(try await provider.accessToken(forceRefresh: false).value == "at-1", "301 s left: still good")
        #expect(transport.sent.count == 1)
        clock.advance(2)
        #expect(try await provider.accessToken(forceRefresh: false).value == "at-2", "299 s left: refreshed")
        #expect(transport.sent.count == 2)
        #expect(AuthTestSupport.form(transport.sent[1])["refresh_token"] == "rt-2", "the rotated token is the one sent next")
        #expect(await cache.entry(for: key)?.refreshToken == Secret("rt-3"))
    }

    @Test("twenty concurrent callers cause one refresh and all get the same token")
    func concurrentCallersShareOneRefresh() async throws {
        let transport = CountingTransport(delay: 0.2) { number in AuthTestSupport.token("at-\(number)", refresh: "rt-\(number + 1)") }
        let key = TokenCacheKey(cloud: .global, tenant: "t", clientID: "app-1")
        let provider = RefreshTokenProvider(
            cloud: .global, tenant: "t", clientID: "app-1", cache: InMemoryTokenCache([key: TokenCacheEntry(refreshToken: Secret("rt-1"))]),
            transport: transport)
        let values = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<20 { group.addTask { try await provider.accessToken(forceRefresh: false).value } }
            return try await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(transport.requestCount == 1)
        #expect(Set(values) == ["at-1"])
        #expect(values.count == 20)
    }

    @Test("v1 refresh uses /oauth2/token with resource and scope=openid; v2 uses /oauth2/v2.0/token with scope")
    func v1AndV2Forms() async throws {
        let key = TokenCacheKey(cloud: .global, tenant: "contoso", clientID: "app-1")
        for endpoint in [TokenEndpoint.userV1, .userV2] {
            let transport = ScriptedTransport([AuthTestSupport.token("at", refresh: "rt-2")])
            let provider = RefreshTokenProvider(
                cloud: .global, tenant: "contoso", clientID: "app-1", clientSecret: Secret("web-app-secret"), endpoint: endpoint,
                cache: InMemoryTokenCache([key: TokenCacheEntry(refreshToken: Secret("rt-1"))]), transport: transport)
            _ = try await provider.accessToken(forceRefresh: false)
            let request = try #require(transport.sent.first)
            let form = AuthTestSupport.form(request)
            #expect(form["grant_type"] == "refresh_token")
            #expect(form["client_id"] == "app-1")
            #expect(form["client_secret"] == "web-app-secret")
            #expect(form["refresh_token"] == "rt-1")
            if endpoint == .userV1 {
                #expect(request.url.absoluteString == "https://login.microsoftonline.com/contoso/oauth2/token")
                #expect(form["resource"] == "https://api.partnercenter.microsoft.com")
                #expect(form["scope"] == "openid")
            } else {
                #expect(request.url.absoluteString == "https://login.microsoftonline.com/contoso/oauth2/v2.0/token")
                #expect(form["resource"] == nil)
                #expect(form["scope"] == "https://api.partnercenter.microsoft.com/user_impersonation offline_access")
            }
        }
    }

    @Test("no saved sign-in: a clear error that says to run pcres login, and no request")
    func notSignedIn() async throws {
        let transport = ScriptedTransport([])
        let provider = RefreshTokenProvider(cloud: .global, tenant: "t", clientID: "app-1", cache: InMemoryTokenCache(), transport: transport)
        let error = await #expect(throws: PartnerCenterError.self) { try await provider.accessToken(forceRefresh: false) }
        #expect(error?.kind == .authentication)
        #expect(error?.summary.contains("run pcres login") == true)
        #expect(transport.sent.isEmpty)
    }

    @Test("signing out removes the cache entry")
    func signOut() async throws {
        let cache = InMemoryTokenCache()
        let provider = RefreshTokenProvider(cloud: .global, tenant: "t", clientID: "app-1", cache: cache, transport: ScriptedTransport([]))
        try await provider.adopt(SignInTokens(accessToken: AccessToken(value: "a", expiresOn: .distantFuture), refreshToken: Secret("r")))
        #expect(await cache.entry(for: provider.cacheKey) != nil)
        try await provider.signOut()
        #expect(await cache.entry(for: provider.cacheKey) == nil)
    }
}
