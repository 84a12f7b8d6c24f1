/// One injected fault: what happens, to which requests, how many times.
///
/// Rules come from `SandboxConfiguration.faults` or `POST /sandbox/faults` with `{"rules": [...]}`.
public struct FaultRule: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        /// 429 with `Retry-After` and the throttling body.
        case throttle
        /// A 5xx with the documented error body, before anything is done.
        case serverError
        /// The answer is delayed by `delayMilliseconds`.
        case slow
        /// The connection is closed before the request is handled: nothing happened.
        case drop
        /// The request is handled and committed, then the connection is closed without an answer.
        case dropAfterCommit
        /// A 200 whose JSON body is cut short, as a broken proxy might send.
        case malformedBody
    }

    public var kind: Kind
    /// Only requests with this method (`POST`); nil for any.
    public var method: String?
    /// Only requests whose path contains this text (`/checkout`); nil for any `/v1` request.
    public var pathContains: String?
    /// How many matching requests are affected before the rule is spent.
    public var count: Int
    public var status: Int?
    public var retryAfterSeconds: Int?
    public var delayMilliseconds: Int?

    public init(
        kind: Kind, method: String? = nil, pathContains: String? = nil, count: Int = 1, status: Int? = nil,
        retryAfterSeconds: Int? = nil, delayMilliseconds: Int? = nil
    ) {
        self.kind = kind
        self.method = method
        self.pathContains = pathContains
        self.count = count
        self.status = status
        self.retryAfterSeconds = retryAfterSeconds
        self.delayMilliseconds = delayMilliseconds
    }

    func matches(method: String, path: String) -> Bool {
        (self.method.map { $0.uppercased() == method.uppercased() } ?? true)
            && (pathContains.map { path.lowercased().contains($0.lowercased()) } ?? true)
    }
}
