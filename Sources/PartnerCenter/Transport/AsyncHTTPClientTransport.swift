import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL

/// The production transport: AsyncHTTPClient on SwiftNIO's event loops, so a pending request costs no CPU.
///
/// - Redirects are never followed here (the caller decides, and token endpoints follow none).
/// - Each request has a whole-call deadline covering the body (AsyncHTTPClient's own deadline ends at the
///   response head, so a server sending one byte every few seconds would otherwise hold the call for ever),
///   and a body cap checked as bytes arrive, so an endless or huge answer is abandoned, not buffered.
/// - Proxies come from the environment (`ProxyEnvironment`): one client per proxy, loopback always direct.
///
/// ```swift
/// let response = try await AsyncHTTPClientTransport.shared.send(TransportRequest(method: "GET", url: url))
/// ```
public final class AsyncHTTPClientTransport: HTTPTransport {
    /// The process-wide transport, with the environment's proxies. Never shut down: it lives as long as the process.
    public static let shared = AsyncHTTPClientTransport(environment: ProcessInfo.processInfo.environment)

    private let direct: HTTPClient
    private let httpsProxied: HTTPClient?
    private let httpProxied: HTTPClient?
    private let proxies: ProxyEnvironment
    /// A proxy variable that could not be read; requests that would need a proxy fail with it.
    private let proxySettingError: ProxyEnvironment.InvalidSetting?

    /// - Parameters:
    ///   - environment: where `HTTPS_PROXY`, `HTTP_PROXY` and `NO_PROXY` are read.
    ///   - connectTimeout: seconds to open a connection (TCP, proxy tunnel and TLS each).
    ///   - idleTimeout: seconds without a byte from the server before the call is dropped.
    public init(environment: [String: String] = [:], connectTimeout: TimeInterval = 10, idleTimeout: TimeInterval = 30) {
        let proxies: ProxyEnvironment
        do {
            proxies = try ProxyEnvironment(environment: environment)
            proxySettingError = nil
        } catch let error as ProxyEnvironment.InvalidSetting {
            proxies = ProxyEnvironment()
            proxySettingError = error
        } catch {
            proxies = ProxyEnvironment()
            proxySettingError = ProxyEnvironment.InvalidSetting(variable: "the proxy environment")
        }
        self.proxies = proxies
        func makeClient(_ proxy: ProxyEnvironment.Server?) -> HTTPClient {
            var configuration = HTTPClient.Configuration(
                redirectConfiguration: .disallow,
                timeout: .init(connect: .milliseconds(Int64(connectTimeout * 1000)), read: .milliseconds(Int64(idleTimeout * 1000))),
                proxy: proxy.map { server in
                    let authorization = server.username.map { HTTPClient.Authorization.basic(username: $0, password: server.password ?? "") }
                    return .server(host: server.host, port: server.port, authorization: authorization)
                },
                decompression: .disabled)
            configuration.connectionPool = .init(idleTimeout: .seconds(60))
            return HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
        }
        direct = makeClient(nil)
        httpsProxied = proxies.httpsProxy.map(makeClient)
        httpProxied = proxies.httpProxy.map(makeClient)
    }

    /// Closes the connections. Needed only for transports made in tests; `shared` lives as long as the process.
    public func shutdown() async throws {
        try await direct.shutdown()
        try await httpsProxied?.shutdown()
        try await httpProxied?.shutdown()
    }

    public func send(_ request: TransportRequest) async throws -> TransportResponse {
        let client = try client(for: request.url)
        let timeout = request.timeout
        return try await withThrowingTaskGroup(of: TransportResponse.self) { group in
            group.addTask { try await Self.exchange(request, on: client) }
            group.addTask {
                try await Task.sleep(for: .milliseconds(Int64(timeout * 1000)))
                throw TransportFailure(reason: "no complete answer within \(Self.seconds(timeout))", isTimeout: true)
            }
            defer { group.cancelAll() }
            guard let first = try await group.next() else { throw CancellationError() }
            return first
        }
    }

    private func client(for url: URL) throws -> HTTPClient {
        let needsProxy = !LoopbackHost.contains(url.host ?? "")
        if needsProxy, let proxySettingError {
            throw TransportFailure(reason: proxySettingError.description, isRetryable: false)
        }
        switch proxies.server(for: url) {
        case nil: return direct
        case _ where url.scheme?.lowercased() == "https": return httpsProxied ?? direct
        default: return httpProxied ?? direct
        }
    }

    private static func exchange(_ request: TransportRequest, on client: HTTPClient) async throws -> TransportResponse {
        var outgoing = HTTPClientRequest(url: request.url.absoluteString)
        outgoing.method = HTTPMethod(rawValue: request.method)
        for (name, value) in request.headers { outgoing.headers.replaceOrAdd(name: name, value: value) }
        if let body = request.body {
            outgoing.body = .bytes(ByteBuffer(bytes: body))
        } else if ["POST", "PUT", "PATCH"].contains(request.method) {
            // Partner Center answers 411 to a POST without a length.
            outgoing.body = .bytes(ByteBuffer())
        }
        let cap = request.maximumResponseBytes
        do {
            let response = try await client.execute(outgoing, deadline: .now() + .milliseconds(Int64(request.timeout * 1000)))
            if let length = response.headers.first(name: "content-length").flatMap(Int.init), length > cap {
                throw tooLarge(cap)
            }
            // Chunks are kept as they come and joined once at the end: a growing buffer would copy itself at each
            // doubling, holding up to three times the body at once.
            var chunks: [ByteBuffer] = []
            var received = 0
            for try await chunk in response.body {
                received += chunk.readableBytes
                guard received <= cap else { throw tooLarge(cap) }
                chunks.append(chunk)
            }
            var body = Data(capacity: received)
            for chunk in chunks { body.append(contentsOf: chunk.readableBytesView) }
            chunks.removeAll()
            var headers: [String: String] = [:]
            for (name, value) in response.headers {
                let key = name.lowercased()
                headers[key] = headers[key].map { $0 + ", " + value } ?? value
            }
            return TransportResponse(status: Int(response.status.code), headers: headers, body: body)
        } catch let failure as TransportFailure {
            throw failure
        } catch let error as HTTPClientError where error == .cancelled {
            throw CancellationError()
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            if Task.isCancelled { throw CancellationError() }
            throw describe(error)
        }
    }

    private static func tooLarge(_ cap: Int) -> TransportFailure {
        TransportFailure(
            reason: "the answer is larger than \(cap >> 20) MiB, the most pcres accepts (PCRES_MAX_RESPONSE_MB)",
            isRetryable: false)
    }

    private static func seconds(_ value: TimeInterval) -> String {
        value == value.rounded() ? "\(Int(value)) s" : String(format: "%.1f s", value)
    }

    /// Plain words for what went wrong below HTTP.
    static func describe(_ error: any Error) -> TransportFailure {
        switch error {
        case let error as HTTPClientError:
            switch error {
            case .connectTimeout, .httpProxyHandshakeTimeout, .tlsHandshakeTimeout, .getConnectionFromPoolTimeout:
                return TransportFailure(reason: "timed out connecting", isTimeout: true)
            case .deadlineExceeded: return TransportFailure(reason: "timed out", isTimeout: true)
            case .readTimeout: return TransportFailure(reason: "the server stopped sending", isTimeout: true)
            case .remoteConnectionClosed: return TransportFailure(reason: "connection dropped")
            case .proxyAuthenticationRequired: return TransportFailure(reason: "the proxy asks for credentials", isRetryable: false)
            case .invalidProxyResponse: return TransportFailure(reason: "the proxy refused the connection")
            case .invalidURL, .emptyHost, .emptyScheme:
                return TransportFailure(reason: "not a URL pcres can request", isRetryable: false)
            default: return TransportFailure(reason: "HTTP error (\(error))")
            }
        case let error as NIOConnectionError:
            if error.dnsAAAAError != nil || error.dnsAError != nil, error.connectionErrors.isEmpty {
                return TransportFailure(reason: "host not found")
            }
            guard let first = error.connectionErrors.first?.error ?? error.dnsAError ?? error.dnsAAAAError else {
                return TransportFailure(reason: "could not connect")
            }
            return describe(first)
        case let error as IOError:
            switch error.errnoCode {
            case ECONNREFUSED: return TransportFailure(reason: "connection refused")
            case ECONNRESET, EPIPE: return TransportFailure(reason: "connection dropped")
            case ENETUNREACH, EHOSTUNREACH: return TransportFailure(reason: "no route to the host")
            default: return TransportFailure(reason: "network error \(error.errnoCode)")
            }
        case is NIOSSLError: return TransportFailure(reason: "TLS handshake failed")
        case let error as ChannelError:
            if case .connectTimeout = error { return TransportFailure(reason: "timed out connecting", isTimeout: true) }
            return TransportFailure(reason: "network error (\(error))")
        default: return TransportFailure(reason: "network error (\(String(describing: type(of: error))))")
        }
    }
}
