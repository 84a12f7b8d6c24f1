/// No HTTP answer arrived: connection refused or reset, DNS failure, timeout.
public struct TransportFailure: Error, Hashable, Sendable, CustomStringConvertible {
    /// A short reason in plain words ("connection refused", "timed out").
    public var reason: String
    /// True when the request timed out rather than failing outright.
    public var isTimeout: Bool

    public init(reason: String, isTimeout: Bool = false) {
        self.reason = reason
        self.isTimeout = isTimeout
    }

    public var description: String { reason }
}
