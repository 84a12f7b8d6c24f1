import Foundation

/// One HTTP request as the transport sends it. Header names are kept as given.
public struct TransportRequest: Sendable, Hashable {
    /// The cap on a response body when a request does not set one: far above any Partner Center JSON page.
    public static let defaultMaximumResponseBytes = 64 << 20

    public var method: String
    public var url: URL
    public var headers: [String: String]
    public var body: Data?
    /// Seconds allowed for the whole exchange, from connecting to the last byte of the body.
    public var timeout: TimeInterval
    /// The most body bytes accepted; a longer answer is abandoned with a `TransportFailure` that says so.
    public var maximumResponseBytes: Int

    public init(
        method: String, url: URL, headers: [String: String] = [:], body: Data? = nil, timeout: TimeInterval = 60,
        maximumResponseBytes: Int = TransportRequest.defaultMaximumResponseBytes
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
        self.maximumResponseBytes = maximumResponseBytes
    }
}
