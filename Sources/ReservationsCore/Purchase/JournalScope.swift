/// Where a journaled purchase was made: the profile, the endpoint and the tenant. A purchase is looked into or
/// finished only under the scope it was made in, so a journal in a shared data folder never acts on another
/// profile's (or another tenant's) cart.
public struct JournalScope: Codable, Hashable, Sendable, CustomStringConvertible {
    public var profile: String
    /// The Partner Center endpoint, or `sandbox:<database>` for the built-in sandbox (whose port changes every run).
    public var endpoint: String
    public var tenant: String

    public init(profile: String, endpoint: String, tenant: String) {
        self.profile = profile
        self.endpoint = endpoint
        self.tenant = tenant
    }

    /// `profile contoso (https://api.partnercenter.microsoft.com, tenant 1234…)`.
    public var description: String { "profile \(profile) (\(endpoint), tenant \(tenant))" }

    /// The scope of tests and tools that name none.
    public static let unnamed = JournalScope(profile: "default", endpoint: "", tenant: "")
}
