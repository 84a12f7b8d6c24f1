import Foundation

/// App-only sign-in (§1.3): the OAuth client-credentials grant against Entra ID's v1 token endpoint
/// (`POST {authority}/{tenant}/oauth2/token` with `resource`). Tokens are cached in memory and renewed
/// five minutes before they expire.
public actor ClientCredentialsTokenProvider: TokenProvider {
    private let authority: URL
    private let tenant: String
    private let clientID: String
    private let clientSecret: String
    private let resource: String
    private let transport: any HTTPTransport
    private var cached: AccessToken?

    /// - Parameters:
    ///   - authority: `https://login.microsoftonline.com` (global), `https://login.microsoftonline.us` (US Government),
    ///     or a local server in tests.
    ///   - resource: the token audience; configurable because the documented Azure AD Graph value is deprecated.
    public init(
        authority: URL, tenant: String, clientID: String, clientSecret: String,
        resource: String = "https://api.partnercenter.microsoft.com", transport: any HTTPTransport
    ) {
        self.authority = authority
        self.tenant = tenant
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.resource = resource
        self.transport = transport
    }

    public func accessToken(forceRefresh: Bool) async throws -> AccessToken {
        if !forceRefresh, let cached, !cached.isExpiring() { return cached }
        let token = try await requestToken()
        cached = token
        return token
    }

    private func requestToken() async throws -> AccessToken {
        let url = authority.appendingPathComponent(tenant).appendingPathComponent("oauth2/token")
        let body = FormEncoding.encode([
            ("grant_type", "client_credentials"), ("client_id", clientID), ("client_secret", clientSecret),
            ("resource", resource),
        ])
        let response: TransportResponse
        do {
            response = try await transport.send(
                TransportRequest(
                    method: "POST", url: url, headers: ["Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"],
                    body: Data(body.utf8), timeout: 30))
        } catch let failure as TransportFailure {
            throw PartnerCenterError(kind: .authentication, operation: "sign in", detail: "token endpoint unreachable: \(failure.reason)")
        }
        return try TokenResponse.decode(response, operation: "sign in")
    }
}
