import Foundation

/// App-only sign-in (§1.3): the OAuth client-credentials grant against Entra ID's v1 endpoint
/// (`POST {authority}/{tenant}/oauth2/token` with `resource`) or v2 endpoint (`…/oauth2/v2.0/token`
/// with `scope`, e.g. `https://api.partnercenter.microsoft.com/.default`).
///
/// Tokens are kept in memory and renewed `refreshMargin` seconds (five minutes) before they expire;
/// concurrent callers share one in-flight request.
///
/// ```swift
/// let tokens = ClientCredentialsTokenProvider(
///     cloud: .global, tenant: tenantID, clientID: appID, clientSecret: Secret(secretText),
///     endpoint: .appOnlyV2, transport: AsyncHTTPClientTransport.shared)
/// ```
public actor ClientCredentialsTokenProvider: TokenProvider {
    private let client: EntraTokenClient
    private let clientID: String
    private let clientSecret: Secret
    private let endpoint: TokenEndpoint
    private let now: @Sendable () -> Date
    private let refreshMargin: TimeInterval
    private var cached: AccessToken?
    private var inFlight: Task<AccessToken, any Error>?

    /// - Parameters:
    ///   - cloud: where to sign in; only its authority is used here.
    ///   - endpoint: v1 with `resource`, or v2 with `scope`; configurable because the documented Azure AD
    ///     Graph audience is deprecated.
    ///   - now: the clock (injected in tests).
    public init(
        cloud: CloudEnvironment, tenant: String, clientID: String, clientSecret: Secret,
        endpoint: TokenEndpoint = .appOnlyV1, transport: any HTTPTransport,
        refreshMargin: TimeInterval = 300, now: @escaping @Sendable () -> Date = { Date() }
    ) {
        client = EntraTokenClient(cloud: cloud, tenant: tenant, transport: transport)
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.endpoint = endpoint
        self.refreshMargin = refreshMargin
        self.now = now
    }

    /// The original form: a bare authority and a v1 `resource`.
    /// - Parameters:
    ///   - authority: `https://login.microsoftonline.com` (global), `https://login.microsoftonline.us` (US Government),
    ///     or a local server in tests.
    ///   - resource: the token audience; configurable because the documented Azure AD Graph value is deprecated.
    public init(
        authority: URL, tenant: String, clientID: String, clientSecret: String,
        resource: String = "https://api.partnercenter.microsoft.com", transport: any HTTPTransport
    ) {
        self.init(
            cloud: CloudEnvironment.global.overriding(authority: authority), tenant: tenant, clientID: clientID,
            clientSecret: Secret(clientSecret), endpoint: .v1(resource: resource), transport: transport)
    }

    public func accessToken(forceRefresh: Bool) async throws -> AccessToken {
        if !forceRefresh, let cached, !cached.isExpiring(within: refreshMargin, now: now()) { return cached }
        if let inFlight { return try await inFlight.value }
        let task = Task { try await self.requestToken() }
        inFlight = task
        defer { inFlight = nil }
        let token = try await task.value
        cached = token
        return token
    }

    private func requestToken() async throws -> AccessToken {
        let form = [("grant_type", "client_credentials"), ("client_id", clientID), ("client_secret", clientSecret.revealedValue)]
            + endpoint.audienceParameters(userScopes: false)
        return try await client.redeem(endpoint, form: form, operation: "sign in", secrets: [clientSecret], now: now()).accessToken
    }
}
