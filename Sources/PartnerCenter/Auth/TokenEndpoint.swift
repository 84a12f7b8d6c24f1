import Foundation

/// Which Entra ID token endpoint a provider uses, and the audience it asks for (§1.3).
///
/// - v1: `POST {authority}/{tenant}/oauth2/token` with `resource=…` (the documented form).
/// - v2: `POST {authority}/{tenant}/oauth2/v2.0/token` with `scope=…` (space-separated scopes).
///
/// ```swift
/// let appOnly = TokenEndpoint.v2(scopes: ["https://api.partnercenter.microsoft.com/.default"])
/// ```
public enum TokenEndpoint: Sendable, Hashable {
    case v1(resource: String)
    case v2(scopes: [String])

    /// App-only, v1: `resource=https://api.partnercenter.microsoft.com` (the documented Azure AD Graph
    /// resource is deprecated; see the README's UNCONFIRMED table).
    public static let appOnlyV1 = TokenEndpoint.v1(resource: CloudEnvironment.partnerCenterResource)
    /// App-only, v2: `scope=https://api.partnercenter.microsoft.com/.default`.
    public static let appOnlyV2 = TokenEndpoint.v2(scopes: [CloudEnvironment.partnerCenterResource + "/.default"])
    /// App+User, v1: `resource=https://api.partnercenter.microsoft.com` (plus `scope=openid` on refresh, as documented).
    public static let userV1 = TokenEndpoint.v1(resource: CloudEnvironment.partnerCenterResource)
    /// App+User, v2: `user_impersonation` on the Partner Center API plus `offline_access` for a refresh token.
    public static let userV2 = TokenEndpoint.v2(scopes: [CloudEnvironment.partnerCenterResource + "/user_impersonation", "offline_access"])

    /// App+User for the Partner API (price sheet): `user_impersonation` on `https://api.partner.microsoft.com`
    /// (scope form UNCONFIRMED by Microsoft's page; the audience is documented, API notes 2 §3).
    public static let partnerAPIUserV2 = TokenEndpoint.v2(scopes: [CloudEnvironment.partnerAPIResource + "/user_impersonation", "offline_access"])
    /// App+User for Microsoft Graph billing exports: `PartnerBilling.Read.All` (delegated).
    public static let graphUserV2 = TokenEndpoint.v2(scopes: [CloudEnvironment.graphResource + "/PartnerBilling.Read.All", "offline_access"])
    /// App-only for Microsoft Graph billing exports: `https://graph.microsoft.com/.default` (the application
    /// permission `PartnerBilling.Read.All` granted to the app).
    public static let graphAppOnlyV2 = TokenEndpoint.v2(scopes: [CloudEnvironment.graphResource + "/.default"])

    /// The token URL for a tenant under an authority.
    func tokenURL(authority: URL, tenant: String) -> URL {
        let base = authority.appendingPathComponent(tenant)
        switch self {
        case .v1: return base.appendingPathComponent("oauth2/token")
        case .v2: return base.appendingPathComponent("oauth2/v2.0/token")
        }
    }

    /// The audience parameters: `resource` for v1, `scope` for v2. `userScopes` adds the v1 refresh
    /// form's documented `scope=openid`.
    func audienceParameters(userScopes: Bool) -> [(String, String)] {
        switch self {
        case .v1(let resource):
            return userScopes ? [("resource", resource), ("scope", "openid")] : [("resource", resource)]
        case .v2(let scopes):
            return [("scope", scopes.joined(separator: " "))]
        }
    }
}
