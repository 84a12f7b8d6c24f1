import Foundation
import PartnerCenter
import PartnerCenterSandbox

/// A sandbox on an ephemeral loopback port with an in-memory database, and a client signed in to it
/// through the real client-credentials path.
struct SandboxHarness {
    let server: SandboxServer
    let client: PartnerCenterClient

    static func start(
        transport: any HTTPTransport = AsyncHTTPClientTransport.shared, retryPolicy: RetryPolicy = .none,
        behavior: SandboxBehavior = .immediate, clock: SandboxClock = SandboxClock()
    ) async throws -> SandboxHarness {
        var configuration = SandboxConfiguration(behavior: behavior)
        configuration.seedsHistory = false
        configuration.clock = clock
        let server = try await SandboxServer.start(configuration)
        return SandboxHarness(server: server, client: server.client(retryPolicy: retryPolicy, transport: transport))
    }
}

/// Records every request and response that passes through, for header assertions.
final class RecordingTransport: HTTPTransport, @unchecked Sendable {
    private let inner: any HTTPTransport
    private let lock = NSLock()
    private var exchanges: [(TransportRequest, TransportResponse?)] = []

    init(_ inner: any HTTPTransport = AsyncHTTPClientTransport.shared) { self.inner = inner }

    var requests: [TransportRequest] { lock.withLock { exchanges.map(\.0) } }
    var responses: [TransportResponse] { lock.withLock { exchanges.compactMap(\.1) } }

    func send(_ request: TransportRequest) async throws -> TransportResponse {
        do {
            let response = try await inner.send(request)
            lock.withLock { exchanges.append((request, response)) }
            return response
        } catch {
            lock.withLock { exchanges.append((request, nil)) }
            throw error
        }
    }
}
