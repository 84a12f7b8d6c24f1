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
            let (data, response) = try await session.data(for: urlRequest)
            guard let http = response as? HTTPURLResponse else {
                throw TransportFailure(reason: "not an HTTP response")
            }
            var headers: [String: String] = [:]
            for (key, value) in http.allHeaderFields {
                if let key = key as? String, let value = value as? String { headers[key] = value }
            }
            return TransportResponse(status: http.statusCode, headers: headers, body: data)
        } catch let error as URLError {
            throw TransportFailure(reason: Self.describe(error), isTimeout: error.code == .timedOut)
        } catch is CancellationError {
            throw CancellationError()
        } catch let failure as TransportFailure {
            throw failure
        } catch {
            throw TransportFailure(reason: String(describing: type(of: error)))
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
