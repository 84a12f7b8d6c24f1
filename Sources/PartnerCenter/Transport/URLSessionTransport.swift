import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The production transport: Foundation's URLSession.
///
/// On Linux URLSession runs on libcurl, which reads `HTTPS_PROXY`/`https_proxy`, `HTTP_PROXY` and
/// `NO_PROXY`/`no_proxy` from the environment, so corporate proxies on jump hosts work without settings.
public final class URLSessionTransport: HTTPTransport {
    private let session: URLSession

    /// Creates a transport with the given connect timeout (seconds). Per-request timeouts come with each request.
    public init(connectTimeout: TimeInterval = 15) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = connectTimeout
        configuration.timeoutIntervalForResource = 600
        configuration.httpCookieStorage = nil
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        session = URLSession(configuration: configuration)
    }

    deinit { session.invalidateAndCancel() }

    public func send(_ request: TransportRequest) async throws -> TransportResponse {
        var urlRequest = URLRequest(url: request.url, timeoutInterval: request.timeout)
        urlRequest.httpMethod = request.method
        for (name, value) in request.headers { urlRequest.setValue(value, forHTTPHeaderField: name) }
        if let body = request.body {
            urlRequest.httpBody = body
        } else if request.method == "POST" || request.method == "PUT" {
            urlRequest.setValue("0", forHTTPHeaderField: "Content-Length")
        }
        do {
            let (data, response) = try await perform(urlRequest)
            guard let http = response as? HTTPURLResponse else {
                throw TransportFailure(reason: "not an HTTP response")
            }
            var headers: [String: String] = [:]
            for (key, value) in http.allHeaderFields {
                if let key = key as? String, let value = value as? String { headers[key] = value }
            }
            return TransportResponse(status: http.statusCode, headers: headers, body: data)
        } catch let error as URLError {
            if error.code == .cancelled, Task.isCancelled { throw CancellationError() }
            throw TransportFailure(reason: Self.describe(error), isTimeout: error.code == .timedOut)
        } catch is CancellationError {
            throw CancellationError()
        } catch let failure as TransportFailure {
            throw failure
        } catch {
            throw TransportFailure(reason: String(describing: type(of: error)))
        }
    }

    /// Runs one request; cancelling the calling task cancels it.
    ///
    /// Not `URLSession.data(for:)`: on Linux its cancellation handler calls `URLSessionTask.cancel()`, which
    /// waits on the session's queue while holding the cancelled task's status lock, and that queue may at the
    /// same moment be resuming the task with a response, which needs the same lock: a deadlock (seen when
    /// a second selection replaced a still-running subscriptions load, freezing the interface). Here the
    /// cancel is handed to another thread, so the lock is released before the session's queue is waited on.
    private func perform(_ urlRequest: URLRequest) async throws -> (Data, URLResponse) {
        let handle = DataTaskHandle()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<(Data, URLResponse), any Error>) in
                let task = session.dataTask(with: urlRequest) { data, response, error in
                    if let error {
                        continuation.resume(throwing: error)
                    } else if let response {
                        continuation.resume(returning: (data ?? Data(), response))
                    } else {
                        continuation.resume(throwing: TransportFailure(reason: "no response"))
                    }
                }
                handle.start(task)
            }
        } onCancel: {
            handle.cancel()
        }
    }

    private static func describe(_ error: URLError) -> String {
        switch error.code {
        case .timedOut: "timed out"
        case .cannotConnectToHost: "connection refused"
        case .networkConnectionLost: "connection dropped"
        case .cannotFindHost, .dnsLookupFailed: "host not found"
        case .notConnectedToInternet: "no network"
        case .cancelled: "cancelled"
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate:
            "TLS handshake failed"
        default: "network error \(error.code.rawValue)"
        }
    }
}

/// The data task of one request, cancelled from any thread without waiting on the session.
private final class DataTaskHandle: @unchecked Sendable {
    // Guarded by `lock`.
    private var task: URLSessionDataTask?
    private var isCancelled = false
    private let lock = NSLock()

    func start(_ task: URLSessionDataTask) {
        let cancelledAlready = lock.withLock {
            self.task = task
            return isCancelled
        }
        task.resume()
        if cancelledAlready { Self.cancelElsewhere(task) }
    }

    func cancel() {
        let task = lock.withLock {
            isCancelled = true
            return self.task
        }
        if let task { Self.cancelElsewhere(task) }
    }

    private static func cancelElsewhere(_ task: URLSessionDataTask) {
        DispatchQueue.global().async { task.cancel() }
    }
}
