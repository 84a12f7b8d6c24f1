/// Which sign-in a cache entry belongs to: one cloud, tenant and app registration.
public struct TokenCacheKey: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The cloud's ``CloudEnvironment/name``.
    public var cloud: String
    public var tenant: String
    public var clientID: String

    public init(cloud: String, tenant: String, clientID: String) {
        self.cloud = cloud
        self.tenant = tenant
        self.clientID = clientID
    }

    public init(cloud: CloudEnvironment, tenant: String, clientID: String) {
        self.init(cloud: cloud.name, tenant: tenant, clientID: clientID)
    }

    /// `cloud/tenant/clientID`, lowercased: the key in the cache file.
    public var rawValue: String { "\(cloud)/\(tenant)/\(clientID)".lowercased() }

    public var description: String { rawValue }
}
