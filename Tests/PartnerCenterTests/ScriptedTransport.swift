import Foundation
import PartnerCenter

/// Answers requests from a script, in order, and records them. A `nil` entry simulates a dropped connection.
final class ScriptedTransport: HTTPTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var script: [TransportResponse?]
    private(set) var requests: [TransportRequest] = []

    init(_ script: [TransportResponse?]) { self.script = script }

    var sent: [TransportRequest] { lock.withLock { requests } }

    func send(_ request: TransportRequest) async throws -> TransportResponse {
        let next: TransportResponse?? = lock.withLock {
            requests.append(request)
            return script.isEmpty ? .none : .some(script.removeFirst())
        }
        switch next {
        case .none: throw TransportFailure(reason: "script exhausted")
        case .some(.none): throw TransportFailure(reason: "connection dropped")
        case .some(.some(let response)): return response
        }
    }

    static func json(_ status: Int, _ body: String, headers: [String: String] = [:]) -> TransportResponse {
        TransportResponse(status: status, headers: ["Content-Type": "application/json"].merging(headers) { $1 }, body: Data(body.utf8))
    }

    static func fixture(_ name: String) throws -> TransportResponse {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures") else {
            throw TransportFailure(reason: "missing fixture \(name)")
        }
        return TransportResponse(status: 200, headers: ["Content-Type": "application/json"], body: try Data(contentsOf: url))
    }
}

/// Collects the delays the client asked to sleep, instead of sleeping.
final class SleepRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var delays: [TimeInterval] = []
    var recorded: [TimeInterval] { lock.withLock { delays } }
    var sleep: @Sendable (TimeInterval) async throws -> Void {
        { [self] seconds in lock.withLock { delays.append(seconds) } }
    }
}

extension PartnerCenterClient {
    /// A client over a scripted transport with a fixed token and no real sleeping.
    static func scripted(_ transport: ScriptedTransport, sleeper: SleepRecorder = SleepRecorder(), attempts: Int = 4) -> PartnerCenterClient {
        PartnerCenterClient(
            configuration: PartnerCenterConfiguration(
                endpoint: URL(string: "https://pc.example.test")!, retryPolicy: RetryPolicy(maxAttempts: attempts)),
            transport: transport, tokenProvider: StaticTokenProvider("test-token"), sleep: sleeper.sleep)
    }
}
