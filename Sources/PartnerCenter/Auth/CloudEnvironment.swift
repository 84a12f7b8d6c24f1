import Foundation

/// Where a Partner Center cloud signs in and serves its REST API (§1.1 of the API reference).
///
/// ```swift
/// let cloud = CloudEnvironment.usGovernment
/// let local = CloudEnvironment.global.overriding(authority: sandbox.baseURL, endpoint: sandbox.baseURL)
/// ```
public struct CloudEnvironment: Sendable, Hashable, CustomStringConvertible {
    /// A short stable name ("global", "usGovernment"); part of every token cache key.
    public var name: String
    /// The Entra ID authority, without tenant: token requests go to `{authority}/{tenant}/oauth2/...`.
    public var authority: URL
    /// The REST base URL, without `/v1`.
    public var endpoint: URL
    /// The token audience of the Partner Center API: the v1 `resource`, and the prefix of v2 scopes.
    public var partnerCenterResource: String

    public init(name: String, authority: URL, endpoint: URL, partnerCenterResource: String = CloudEnvironment.partnerCenterResource) {
        self.name = name
        self.authority = authority
        self.endpoint = endpoint
        self.partnerCenterResource = partnerCenterResource
    }

    /// The Partner API's base URL (price sheet), a host of its own with its own token audience.
    public var partnerAPIEndpoint: URL = URL(string: CloudEnvironment.partnerAPIResource)!
    /// Microsoft Graph's base URL (billing exports), or nil where Graph partner billing is not offered.
    public var graphEndpoint: URL? = URL(string: CloudEnvironment.graphResource)!

    /// The Partner Center API's application ID URI (doc, §1.3).
    public static let partnerCenterResource = "https://api.partnercenter.microsoft.com"
    /// The Partner API's audience ("Partner API", API notes 2 §3).
    public static let partnerAPIResource = "https://api.partner.microsoft.com"
    /// Microsoft Graph's audience.
    public static let graphResource = "https://graph.microsoft.com"

    /// Global Partner Center: `login.microsoftonline.com` and `api.partnercenter.microsoft.com` (both doc).
    public static let global = CloudEnvironment(
        name: "global", authority: URL(string: "https://login.microsoftonline.com")!,
        endpoint: URL(string: "https://api.partnercenter.microsoft.com")!)

    /// Partner Center for Microsoft Cloud for US Government.
    ///
    /// The REST endpoint is the global one (doc: "REST endpoints … are the same"). The authority
    /// `https://login.microsoftonline.us` is **UNCONFIRMED** by the REST docs: it comes from the
    /// `AzureUSGovernment` entry of Microsoft's Partner Center PowerShell module environment table,
    /// which is strong evidence but not a statement of the REST docs. It is overridable (see
    /// ``overriding(authority:endpoint:)``) so an operator can correct it without a new release.
    /// The token audience is kept as the global API's application ID URI for the same reason.
    ///
    /// Microsoft Graph's partner billing exports are global-only ("unavailable in sovereign cloud", API notes 2
    /// §1.1), so `graphEndpoint` is nil here. The Partner API host for US Government is not documented; the public
    /// host is kept (UNCONFIRMED) and a profile can override it with `partnerApiEndpoint`.
    public static let usGovernment: CloudEnvironment = {
        var cloud = CloudEnvironment(
            name: "usGovernment", authority: URL(string: "https://login.microsoftonline.us")!,
            endpoint: URL(string: "https://api.partnercenter.microsoft.com")!)
        cloud.graphEndpoint = nil
        return cloud
    }()

    /// The same cloud (and cache key name) with a different authority and/or endpoints, e.g. a local server in tests.
    public func overriding(
        authority: URL? = nil, endpoint: URL? = nil, partnerAPIEndpoint: URL? = nil, graphEndpoint: URL? = nil
    ) -> CloudEnvironment {
        var copy = self
        if let authority { copy.authority = authority }
        if let endpoint { copy.endpoint = endpoint }
        if let partnerAPIEndpoint { copy.partnerAPIEndpoint = partnerAPIEndpoint }
        if let graphEndpoint { copy.graphEndpoint = graphEndpoint }
        return copy
    }

    public var description: String { "\(name) (\(authority.absoluteString), \(endpoint.absoluteString))" }
}
