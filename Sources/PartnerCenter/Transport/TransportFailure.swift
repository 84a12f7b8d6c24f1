/// No complete HTTP answer arrived: connection refused or reset, DNS failure, timeout, or an answer past its cap.
public struct TransportFailure: Error, Hashable, Sendable, CustomStringConvertible {
    /// A short reason in plain words ("connection refused", "timed out").
    public var reason: String
    /// True when the request timed out rather than failing outright.
    public var isTimeout: Bool
    /// False when sending the request again would fail the same way (an answer larger than the cap, a proxy
    /// setting pcres cannot use), so retrying would only repeat the download.
    public var isRetryable: Bool

    public init(reason: String, isTimeout: Bool = false, isRetryable: Bool = true) {
        self.reason = reason
        self.isTimeout = isTimeout
        self.isRetryable = isRetryable
    }

    public var description: String { reason }
}
