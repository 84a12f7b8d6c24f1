/// Everything that can go wrong talking to Partner Center, as one value an operator can act on.
///
/// It carries the HTTP status, the service's error code and description, and the request and
/// correlation IDs that Microsoft support asks for. `summary` is one readable line for a status bar.
public struct PartnerCenterError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What class of failure this is.
    public enum Kind: Hashable, Sendable {
        /// The service answered with a 4xx/5xx status.
        case service
        /// 429: too many requests; `retryAfterSeconds` says how long to wait.
        case throttled
        /// The request never got an HTTP answer (refused, reset, timed out).
        case transport
        /// The answer could not be understood; `field` names what was wrong.
        case malformedResponse(field: String)
        /// Signing in failed.
        case authentication
        /// The request was cancelled by the operator.
        case cancelled
    }

    public var kind: Kind
    /// The operation, e.g. "get customer".
    public var operation: String
    public var httpStatus: Int?
    public var code: String?
    public var serviceDescription: String?
    public var requestID: RequestID?
    public var correlationID: CorrelationID?
    public var retryAfterSeconds: Int?
    /// Detail from the transport or decoder, never containing secrets.
    public var detail: String?

    public init(
        kind: Kind, operation: String, httpStatus: Int? = nil, code: String? = nil, serviceDescription: String? = nil,
        requestID: RequestID? = nil, correlationID: CorrelationID? = nil, retryAfterSeconds: Int? = nil,
        detail: String? = nil
    ) {
        self.kind = kind
        self.operation = operation
        self.httpStatus = httpStatus
        self.code = code
        self.serviceDescription = serviceDescription
        self.requestID = requestID
        self.correlationID = correlationID
        self.retryAfterSeconds = retryAfterSeconds
        self.detail = detail
    }

    /// True for "the thing asked for does not exist".
    public var isNotFound: Bool { httpStatus == 404 }

    /// One line for the status bar: what failed and what the operator can do.
    public var summary: String {
        switch kind {
        case .service:
            let status = httpStatus.map { "HTTP \($0)" } ?? "error"
            let codeText = code.map { " \($0)" } ?? ""
            let explanation = ErrorExplanations.sentence(forCode: code, status: httpStatus)
            let description = serviceDescription.map { ": \($0)" } ?? ""
            return "\(operation) failed (\(status)\(codeText))\(description)\(explanation.map { " — \($0)" } ?? "")"
        case .throttled:
            let wait = retryAfterSeconds.map { " Try again in \($0) s." } ?? ""
            return "\(operation): Partner Center is throttling requests.\(wait)"
        case .transport:
            return "\(operation): no answer from Partner Center (\(detail ?? "connection failed")). Check the network and retry."
        case .malformedResponse(let field):
            return "\(operation): the answer could not be read (\(field)\(detail.map { ": \($0)" } ?? ""))."
        case .authentication:
            return "\(operation): sign-in failed (\(serviceDescription ?? detail ?? "no token")). Check the profile's credentials."
        case .cancelled:
            return "\(operation): cancelled."
        }
    }

    public var description: String {
        var parts = [summary]
        if let requestID { parts.append("request \(requestID)") }
        if let correlationID { parts.append("correlation \(correlationID)") }
        return parts.joined(separator: "; ")
    }
}
