import ArgumentParser
import PartnerCenter

/// The exit codes of the scriptable subcommands (documented in README.md).
enum CLIExitCode: Int32, CaseIterable, Sendable, Encodable {
    /// Success.
    case ok = 0
    /// Anything not covered below (e.g. a local file could not be written).
    case failure = 1
    /// The command line was wrong: unknown option, missing or malformed value (ArgumentParser).
    case usage = 2
    /// The customer, subscription, order, invoice or catalog item does not exist (HTTP 404).
    case notFound = 3
    /// Refused: `--read-only`, a failed preflight, or the service rejected the request (other 4xx).
    case refused = 4
    /// Partner Center is throttling (HTTP 429).
    case throttled = 5
    /// Sign-in failed or access was denied (HTTP 401/403, token errors, missing credentials).
    case authentication = 6
    /// Server error (5xx), no answer, or a timeout.
    case server = 7
    /// The answer could not be read.
    case malformedResponse = 8
    /// Interrupted (Ctrl-C / cancelled).
    case cancelled = 130

    var exitCode: ExitCode { ExitCode(rawValue) }

    /// The code for a Partner Center failure.
    init(for error: PartnerCenterError) {
        switch error.kind {
        case .throttled: self = .throttled
        case .transport: self = .server
        case .malformedResponse: self = .malformedResponse
        case .authentication: self = .authentication
        case .cancelled: self = .cancelled
        case .service:
            switch error.httpStatus ?? 0 {
            case 404: self = .notFound
            case 401, 403: self = .authentication
            case 429: self = .throttled
            case 400..<500: self = .refused
            default: self = .server
            }
        }
    }
}
