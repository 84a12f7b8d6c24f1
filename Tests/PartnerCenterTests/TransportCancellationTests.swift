import Foundation
import PartnerCenter
import Testing

/// Cancelling requests while their responses arrive must never wedge the caller (a Linux URLSession
/// deadlock froze the interface when a new selection replaced a running load). With `URLSession.data(for:)`
/// this test deadlocks both cooperative threads and hangs; `make test`'s time limit turns that into a failure.
struct TransportCancellationTests {
    @Test("1,500 requests cancelled at random moments all finish, and the transport still works afterwards")
    func cancelWhileResponding() async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.server.stop() } }
        let transport = AsyncHTTPClientTransport.shared
        let url = harness.server.baseURL.appendingPathComponent("v1/customers")
        let finished = Counter()
        var tasks: [Task<Void, Never>] = []
        for round in 0..<1500 {
            let task = Task {
                _ = try? await transport.send(TransportRequest(method: "GET", url: url))
                finished.increment()
            }
            tasks.append(task)
            // Cancel some at once, some after the response is likely on its way.
            if round % 3 == 0 { task.cancel() }
            if round % 3 == 1 {
                try await Task.sleep(for: .microseconds(Int.random(in: 0...4000)))
                task.cancel()
            }
        }
        let deadline = Date().addingTimeInterval(30)
        while finished.value < tasks.count, Date() < deadline { try await Task.sleep(for: .milliseconds(20)) }
        #expect(finished.value == tasks.count, "\(tasks.count - finished.value) requests never finished after cancel")
        let response = try await transport.send(TransportRequest(method: "GET", url: url))
        #expect(response.status == 401, "an unauthenticated GET still gets an answer")
    }
}

/// A thread-safe count.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func increment() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
