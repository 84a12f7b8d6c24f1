import Foundation

/// Where and how the client talks to Partner Center.
public struct PartnerCenterConfiguration: Sendable {
    /// The global REST endpoint; US Government uses the same one (§1.1).
    public static let globalEndpoint = URL(string: "https://api.partnercenter.microsoft.com")!

    /// The REST base URL, without `/v1`.
    public var endpoint: URL
    /// Sent as `MS-PartnerCenter-Application`.
    public var applicationName: String
    /// Sent as `X-Locale`.
    public var locale: String
    /// Seconds allowed for one HTTP exchange.
    public var requestTimeout: TimeInterval
    /// How failed requests are retried.
    public var retryPolicy: RetryPolicy

    public init(
        endpoint: URL = PartnerCenterConfiguration.globalEndpoint, applicationName: String = "pcres",
        locale: String = "en-US", requestTimeout: TimeInterval = 60, retryPolicy: RetryPolicy = RetryPolicy()
    ) {
        self.endpoint = endpoint
        self.applicationName = applicationName
        self.locale = locale
        self.requestTimeout = requestTimeout
        self.retryPolicy = retryPolicy
    }
}
