import Foundation
import Logging

/// Sends `APIRequest`s: adds headers and the bearer token, retries per `RetryPolicy`, maps failures
/// to `PartnerCenterError`, and logs one line per HTTP exchange.
final class RequestExecutor: Sendable {
    let configuration: PartnerCenterConfiguration
    let transport: any HTTPTransport
    let tokenProvider: any TokenProvider
    let logger: Logger
    let makeID: @Sendable () -> UUID
    let sleep: @Sendable (TimeInterval) async throws -> Void

    init(
        configuration: PartnerCenterConfiguration, transport: any HTTPTransport, tokenProvider: any TokenProvider,
        logger: Logger, makeID: @escaping @Sendable () -> UUID, sleep: @escaping @Sendable (TimeInterval) async throws -> Void
    ) {
        self.configuration = configuration
        self.transport = transport
        self.tokenProvider = tokenProvider
        self.logger = logger
        self.makeID = makeID
        self.sleep = sleep
    }

    /// Performs one logical request. Returns the successful (2xx) response and the IDs it was sent with.
    func perform(_ request: APIRequest, correlationID: CorrelationID?) async throws -> (TransportResponse, RequestID, CorrelationID) {
        // One request ID for the logical request, reused for every retry: it is the idempotency key.
        let requestID = request.requestID ?? RequestID(makeID().uuidString.lowercased())
        let correlation = correlationID ?? CorrelationID(makeID().uuidString.lowercased())
        func failure(_ kind: PartnerCenterError.Kind, status: Int? = nil, detail: String? = nil) -> PartnerCenterError {
            PartnerCenterError(
                kind: kind, operation: request.operation, httpStatus: status, requestID: requestID,
                correlationID: correlation, detail: detail)
        }
        guard let url = request.url(endpoint: configuration.endpoint) else {
            throw failure(.malformedResponse(field: "request URL"), detail: "cannot build a URL for \(request.path)")
        }
        let policy = configuration.retryPolicy
        let deadline = Date().addingTimeInterval(configuration.effectiveCallDeadline)
        /// Waits before a retry, unless the wait would pass the call's deadline.
        func pause(_ seconds: TimeInterval, orFail error: @autoclosure () -> PartnerCenterError) async throws {
            guard Date().addingTimeInterval(seconds + 1) < deadline else { throw error() }
            try await sleep(seconds)
        }
        var attempt = 0
        var refreshedAfter401 = false
        while true {
            attempt += 1
            try Task.checkCancellation()
            let token: AccessToken
            do {
                token = try await tokenProvider.accessToken(forceRefresh: refreshedAfter401 && attempt > 1)
            } catch let error as PartnerCenterError {
                throw error
            } catch {
                throw failure(.authentication, detail: String(describing: error))
            }
            var headers = request.headers
            headers["Authorization"] = "Bearer \(token.value)"
            headers["Accept"] = request.accept
            headers["MS-RequestId"] = requestID.rawValue
            headers["MS-CorrelationId"] = correlation.rawValue
            headers["MS-PartnerCenter-Application"] = configuration.applicationName
            headers["X-Locale"] = configuration.locale
            headers["MS-Contract-Version"] = "v1"
            if request.body != nil { headers["Content-Type"] = "application/json" }
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else {
                throw failure(.transport, detail: "no answer within \(Int(configuration.effectiveCallDeadline)) s, retries included")
            }
            let transportRequest = TransportRequest(
                method: request.method, url: url, headers: headers, body: request.body,
                timeout: min(configuration.requestTimeout, remaining),
                maximumResponseBytes: request.isDocument ? configuration.maximumDocumentBytes : configuration.maximumResponseBytes)

            let started = Date()
            let response: TransportResponse
            do {
                response = try await transport.send(transportRequest)
            } catch is CancellationError {
                throw failure(.cancelled)
            } catch let transportFailure as TransportFailure {
                log(request, url: url, status: nil, requestID: requestID, correlation: correlation, started: started, note: transportFailure.reason)
                if Task.isCancelled { throw failure(.cancelled) }
                if transportFailure.isRetryable, attempt < policy.maxAttempts {
                    try await pause(
                        policy.backoff(beforeRetry: attempt, unitRandom: Double.random(in: 0..<1)),
                        orFail: failure(.transport, detail: transportFailure.reason))
                    continue
                }
                throw failure(.transport, detail: transportFailure.reason)
            }
            log(request, url: url, status: response.status, requestID: requestID, correlation: correlation, started: started, note: nil)

            if (200..<300).contains(response.status) {
                return (response, requestID, correlation)
            }
            let body = try? JSONDecoder().decode(ServiceErrorBody.self, from: response.body)
            if response.status == 429 {
                let retryAfter = Self.retryAfterSeconds(response: response, body: body)
                if attempt < policy.maxAttempts, TimeInterval(retryAfter) <= policy.maxRetryAfter {
                    try await sleep(TimeInterval(retryAfter))
                    continue
                }
                var error = failure(.throttled, status: 429)
                error.retryAfterSeconds = retryAfter
                error.serviceDescription = body?.message
                throw error
            }
            if response.status == 401, !refreshedAfter401 {
                refreshedAfter401 = true
                continue
            }
            if policy.isRetryable(status: response.status), attempt < policy.maxAttempts,
                Date().addingTimeInterval(policy.maxDelay) < deadline
            {
                try await sleep(policy.backoff(beforeRetry: attempt, unitRandom: Double.random(in: 0..<1)))
                continue
            }
            var error = failure(.service, status: response.status)
            error.code = body?.code
            error.serviceDescription = body?.description.map(Self.clip) ?? Self.describeNonJSON(response)
            throw error
        }
    }

    /// Decodes a successful body, turning decoder errors into a typed error that names the field.
    func decode<Response: Decodable>(
        _ type: Response.Type, from response: TransportResponse, request: APIRequest, requestID: RequestID,
        correlationID: CorrelationID
    ) throws -> Response {
        do {
            return try JSONDecoder().decode(Response.self, from: response.body)
        } catch let error as DecodingError {
            let (field, detail) = Self.describe(error)
            throw PartnerCenterError(
                kind: .malformedResponse(field: field), operation: request.operation, httpStatus: response.status,
                requestID: requestID, correlationID: correlationID, detail: detail)
        } catch {
            throw PartnerCenterError(
                kind: .malformedResponse(field: "body"), operation: request.operation, httpStatus: response.status,
                requestID: requestID, correlationID: correlationID, detail: "not JSON")
        }
    }

    static func retryAfterSeconds(response: TransportResponse, body: ServiceErrorBody?) -> Int {
        if let header = response.header("Retry-After"), let seconds = Int(header.trimmingCharacters(in: .whitespaces)) {
            return max(0, seconds)
        }
        // The 429 body says "Try again in 57 seconds." when the header is missing.
        if let message = body?.message,
            let range = message.range(of: #"\d+"#, options: .regularExpression), let seconds = Int(message[range])
        {
            return seconds
        }
        return 1
    }

    /// Names the field a decoding error is about, as a dotted path, plus a short reason.
    static func describe(_ error: DecodingError) -> (String, String) {
        func path(_ codingPath: [any CodingKey], extra: (any CodingKey)? = nil) -> String {
            let keys = codingPath + (extra.map { [$0] } ?? [])
            let text = keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
                .replacingOccurrences(of: ".[", with: "[")
            return text.isEmpty ? "body" : text
        }
        switch error {
        case .keyNotFound(let key, let context):
            return (path(context.codingPath, extra: key), "missing")
        case .typeMismatch(let type, let context):
            return (path(context.codingPath), "expected \(type)")
        case .valueNotFound(let type, let context):
            return (path(context.codingPath), "null where \(type) was expected")
        case .dataCorrupted(let context):
            let reason = context.underlyingError == nil ? clip(context.debugDescription) : "not valid JSON"
            return (path(context.codingPath), reason)
        @unknown default:
            return ("body", "unreadable")
        }
    }

    /// Describes an error page that is not the documented JSON (an HTML page from a proxy, say).
    static func describeNonJSON(_ response: TransportResponse) -> String? {
        let type = response.header("Content-Type") ?? ""
        if type.contains("html") { return "the server answered with an HTML page (a proxy or gateway error?)" }
        if response.body.isEmpty { return nil }
        return "the server answered with an unreadable error body"
    }

    static func clip(_ text: String) -> String {
        text.count > 300 ? String(text.prefix(300)) + "…" : text
    }

    private func log(
        _ request: APIRequest, url: URL, status: Int?, requestID: RequestID, correlation: CorrelationID, started: Date, note: String?
    ) {
        let milliseconds = Int(Date().timeIntervalSince(started) * 1000)
        logger.info(
            "\(request.method) \(url.path) -> \(status.map(String.init) ?? "no answer")",
            metadata: [
                "operation": .string(request.operation), "requestId": .string(requestID.rawValue),
                "correlationId": .string(correlation.rawValue), "ms": .stringConvertible(milliseconds),
                "note": .string(note ?? ""),
            ])
    }
}
