import PartnerCenter

/// A failure the CLI reports itself: one line on stderr (or `{"error": …}` with `--output json`, which encodes it
/// under the names scripts read) and an exit code.
struct CLIFailure: Error, Sendable, CustomStringConvertible, Encodable {
    var code: CLIExitCode
    var message: String
    /// A short machine-readable reason, e.g. `readOnly`, `notFound`, or the service's error code.
    var reason: String
    var httpStatus: Int?
    var serviceCode: String?
    var requestID: String?
    var correlationID: String?

    init(
        _ code: CLIExitCode, _ message: String, reason: String, httpStatus: Int? = nil, serviceCode: String? = nil,
        requestID: String? = nil, correlationID: String? = nil
    ) {
        self.code = code
        self.message = message
        self.reason = reason
        self.httpStatus = httpStatus
        self.serviceCode = serviceCode
        self.requestID = requestID
        self.correlationID = correlationID
    }

    var description: String { message }

    /// The JSON names: `exitCode`, and the service's error `code`.
    private enum CodingKeys: String, CodingKey {
        case code = "exitCode"
        case message, reason, httpStatus
        case serviceCode = "code"
        case requestID = "requestId"
        case correlationID = "correlationId"
    }

    /// Refusal because the session is read-only.
    static func readOnly(_ action: String) -> CLIFailure {
        CLIFailure(.refused, "\(action) refused: --read-only is set, so registrations and purchases are not sent.",
                   reason: "readOnly")
    }

    /// Refusal because the profile is read-only.
    static func readOnlyProfile(_ action: String, profile: String) -> CLIFailure {
        CLIFailure(.refused, "\(action) refused: profile \(profile) is read-only, so registrations and purchases are not sent.",
                   reason: "readOnly")
    }

    /// A session that could not be opened: configuration (2), credentials (6) or the backend (7).
    static func opening(_ error: BackendSession.OpenError) -> CLIFailure {
        if error.isConfiguration { return CLIFailure(.usage, error.message, reason: "configuration") }
        return CLIFailure(error.isCredentials ? .authentication : .server, error.message,
                          reason: error.isCredentials ? "authentication" : "backend")
    }

    /// Converts any error into the one the CLI reports.
    static func from(_ error: any Error) -> CLIFailure {
        switch error {
        case let failure as CLIFailure:
            return failure
        case let error as PartnerCenterError:
            let code = CLIExitCode(for: error)
            return CLIFailure(
                code, error.summary, reason: String(describing: code), httpStatus: error.httpStatus, serviceCode: error.code,
                requestID: error.requestID?.rawValue, correlationID: error.correlationID?.rawValue)
        case is CancellationError:
            return CLIFailure(.cancelled, "cancelled.", reason: "cancelled")
        default:
            return CLIFailure(.failure, String(describing: error), reason: "failure")
        }
    }
}
