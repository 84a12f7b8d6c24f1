import Foundation

/// App+User tokens from a saved refresh token (§1.3, "Secure Application Model").
///
/// - v1 (the documented form): `POST {authority}/{tenant}/oauth2/token` with
///   `grant_type=refresh_token&resource=…&client_id=…&client_secret=…&refresh_token=…&scope=openid`.
/// - v2: `POST {authority}/{tenant}/oauth2/v2.0/token` with `scope=…` instead of `resource`.
///
/// The refresh token lives in a ``TokenCache`` under ``cacheKey``. Every answer's `refresh_token`
/// replaces the saved one (Entra rotates them), together with the new access token and its expiry.
/// Access tokens are renewed `refreshMargin` seconds (five minutes) before they expire; concurrent
/// callers share one in-flight refresh.
///
/// ```swift
/// let provider = RefreshTokenProvider(cloud: .global, tenant: tenantID, clientID: appID,
///                                     cache: FileTokenCache(url: cacheFile), transport: AsyncHTTPClientTransport.shared)
/// try await provider.adopt(deviceCodeTokens)      // after `pcres login`
/// let token = try await provider.accessToken(forceRefresh: false)
/// ```
public actor RefreshTokenProvider: TokenProvider {
    /// Where this provider's refresh token is saved.
    public nonisolated let cacheKey: TokenCacheKey

    private static let operation = "sign in"

    private let client: EntraTokenClient
    private let clientID: String
    private let clientSecret: Secret?
    private let endpoint: TokenEndpoint
    private let cache: any TokenCache
    private let refreshMargin: TimeInterval
    private let now: @Sendable () -> Date
    private var current: AccessToken?
    /// The newest refresh token this provider saw, used if the cache cannot give one back.
    private var latestRefreshToken: Secret?
    private var inFlight: Task<AccessToken, any Error>?
    /// Access tokens for other audiences (Partner API, Graph) from the same sign-in, in memory only.
    private var otherAudiences: [TokenEndpoint: AccessToken] = [:]
    /// One redemption at a time, as each rotates the refresh token; the others wait here.
    private var isRedeeming = false
    private var redemptionWaiters: [CheckedContinuation<Void, Never>] = []

    /// - Parameters:
    ///   - clientSecret: the web app's secret (confidential client), or nil for a public client.
    ///   - endpoint: `.userV1` (`resource` + `scope=openid`, the documented form) or `.userV2` (`scope`).
    ///   - now: the clock (injected in tests).
    public init(
        cloud: CloudEnvironment, tenant: String, clientID: String, clientSecret: Secret? = nil,
        endpoint: TokenEndpoint = .userV2, cache: any TokenCache, transport: any HTTPTransport,
        refreshMargin: TimeInterval = 300, now: @escaping @Sendable () -> Date = { Date() }
    ) {
        client = EntraTokenClient(cloud: cloud, tenant: tenant, transport: transport)
        cacheKey = TokenCacheKey(cloud: cloud, tenant: tenant, clientID: clientID)
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.endpoint = endpoint
        self.cache = cache
        self.refreshMargin = refreshMargin
        self.now = now
    }

    public func accessToken(forceRefresh: Bool) async throws -> AccessToken {
        if !forceRefresh {
            if let current, isFresh(current) { return current }
            if current == nil, let saved = try await cache.entry(for: cacheKey)?.accessToken, isFresh(saved) {
                current = saved
                return saved
            }
        }
        if let inFlight { return try await inFlight.value }
        let task = Task { try await self.refresh(endpoint: self.endpoint, keepsAccessToken: true) }
        inFlight = task
        defer { inFlight = nil }
        let token = try await task.value
        current = token
        return token
    }

    /// A token provider for another audience (e.g. the Partner API or Microsoft Graph) that redeems this provider's
    /// refresh token with `endpoint`'s scope: one sign-in, a token per audience, as Entra allows.
    public nonisolated func forAudience(_ endpoint: TokenEndpoint) -> any TokenProvider {
        AudienceTokenProvider(base: self, endpoint: endpoint)
    }

    /// An access token for `endpoint`'s audience, redeemed from the saved refresh token when none is fresh.
    func accessToken(for endpoint: TokenEndpoint, forceRefresh: Bool) async throws -> AccessToken {
        if !forceRefresh, let token = otherAudiences[endpoint], isFresh(token) { return token }
        let token = try await refresh(endpoint: endpoint, keepsAccessToken: false)
        otherAudiences[endpoint] = token
        return token
    }

    /// Saves the tokens of a fresh sign-in (e.g. from ``DeviceCodeSignIn``) and starts using them.
    public func adopt(_ tokens: SignInTokens) async throws {
        current = tokens.accessToken
        latestRefreshToken = tokens.refreshToken
        try await cache.store(TokenCacheEntry(refreshToken: tokens.refreshToken, accessToken: tokens.accessToken), for: cacheKey)
    }

    /// Forgets the sign-in, in memory and in the cache.
    public func signOut() async throws {
        current = nil
        latestRefreshToken = nil
        otherAudiences = [:]
        try await cache.store(nil, for: cacheKey)
    }

    private func isFresh(_ token: AccessToken) -> Bool {
        !token.isExpiring(within: refreshMargin, now: now())
    }

    /// Redeems the refresh token for `endpoint`'s audience, after any redemption already under way (each rotates the
    /// token). `keepsAccessToken`: the Partner Center token is saved with the refresh token; others stay in memory.
    private func refresh(endpoint: TokenEndpoint, keepsAccessToken: Bool) async throws -> AccessToken {
        while isRedeeming { await withCheckedContinuation { redemptionWaiters.append($0) } }
        isRedeeming = true
        defer {
            isRedeeming = false
            if !redemptionWaiters.isEmpty { redemptionWaiters.removeFirst().resume() }
        }
        return try await redeem(endpoint: endpoint, keepsAccessToken: keepsAccessToken)
    }

    private func redeem(endpoint: TokenEndpoint, keepsAccessToken: Bool) async throws -> AccessToken {
        guard let refreshToken = try await cache.entry(for: cacheKey)?.refreshToken ?? latestRefreshToken else {
            throw PartnerCenterError(
                kind: .authentication, operation: Self.operation,
                serviceDescription: "there is no saved sign-in for tenant \(cacheKey.tenant); run pcres login")
        }
        var form = [("grant_type", "refresh_token"), ("client_id", clientID)]
        if let clientSecret { form.append(("client_secret", clientSecret.revealedValue)) }
        form.append(("refresh_token", refreshToken.revealedValue))
        form += endpoint.audienceParameters(userScopes: true)
        let tokens = try await client.redeem(
            endpoint, form: form, operation: Self.operation, secrets: [clientSecret, refreshToken], now: now())
        // Entra rotates refresh tokens: keep the new one; keep the old one only if none came back.
        let rotated = tokens.refreshToken ?? refreshToken
        latestRefreshToken = rotated
        if keepsAccessToken { current = tokens.accessToken }
        try await cache.store(TokenCacheEntry(refreshToken: rotated, accessToken: keepsAccessToken ? tokens.accessToken : current), for: cacheKey)
        return tokens.accessToken
    }
}
