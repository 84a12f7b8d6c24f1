/// Sends one HTTP request and returns the response; no retries, no interpretation of the status.
///
/// ```swift
/// struct Recorded: HTTPTransport {
///     func send(_ request: TransportRequest) async throws -> TransportResponse { ... }
/// }
/// ```
/// Throws `TransportFailure` when no HTTP answer arrived.
public protocol HTTPTransport: Sendable {
    /// Performs the request.
    func send(_ request: TransportRequest) async throws -> TransportResponse
}
