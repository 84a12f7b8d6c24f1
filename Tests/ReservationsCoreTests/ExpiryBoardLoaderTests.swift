import Foundation
import PartnerCenter
import PartnerCenterSandbox
import ReservationsCore
import Testing

/// The expiry board's load against the sandbox (with its seeded purchase history) over loopback HTTP.
@Suite(.serialized)
struct ExpiryBoardLoaderTests {
    static func start(faults: [FaultRule]) async throws -> (SandboxServer, CustomerDirectory) {
        var configuration = SandboxConfiguration(behavior: .immediate)
        configuration.faults = faults
        let server = try await SandboxServer.start(configuration)
        let client = PurchaseSandbox.client(
            of: server, requestTimeout: 30, retryPolicy: RetryPolicy(maxAttempts: 3, baseDelay: 0.01, maxDelay: 0.02))
        return (server, CustomerDirectory(client: client))
    }

    @Test("every customer is read; throttled requests wait for Retry-After in the client and still count; one failing customer is named")
    func loadsEveryone() async throws {
        let (probeServer, probe) = try await Self.start(faults: [])
        let customers = try await probe.client.customers.list(size: 500).items
        await probeServer.stop()
        let failing = try #require(customers.last)
        let (server, directory) = try await Self.start(faults: [
            FaultRule(kind: .throttle, pathContains: "/entitlements", count: 3, retryAfterSeconds: 0),
            FaultRule(kind: .serverError, pathContains: "/customers/\(failing.id.rawValue)/entitlements", count: 10, status: 503),
        ])
        let now = Date()
        var events: [ExpiryBoardLoader.Event] = []
        for try await event in ExpiryBoardLoader(directory: directory, concurrency: 4).load(now: now) { events.append(event) }
        await server.stop()

        #expect(events.first == .customersListed(total: customers.count))
        let done = events.compactMap { event -> Int? in
            switch event {
            case .customerLoaded(_, _, let done, _), .customerFailed(_, _, _, let done, _): done
            default: nil
            }
        }
        #expect(done == Array(1...customers.count))
        let failed = events.compactMap { event -> String? in
            if case .customerFailed(let id, _, _, _, _) = event { return id.rawValue } else { return nil }
        }
        #expect(failed == [failing.id.rawValue])
        let found = events.flatMap { event -> [ExpiringReservation] in
            if case .customerLoaded(_, let items, _, _) = event { return items } else { return [] }
        }
        #expect(found.allSatisfy { (0...90).contains($0.daysLeft(now: now)) })
    }

    @Test("cancelling the consumer stops the load part way")
    func cancels() async throws {
        let (server, directory) = try await Self.start(faults: [FaultRule(kind: .slow, pathContains: "/entitlements", count: 1000, delayMilliseconds: 200)])
        // Cancelled once the first customer has answered, not after a guessed pause.
        let (firstAnswer, signal) = AsyncStream.makeStream(of: Void.self)
        let task = Task {
            var answered = 0
            for try await event in ExpiryBoardLoader(directory: directory).load(now: Date()) {
                if case .customersListed = event { continue }
                answered += 1
                if answered == 1 { signal.yield() }
            }
            return answered
        }
        for await _ in firstAnswer { break }
        task.cancel()
        let answered = try? await task.value
        await server.stop()
        #expect((answered ?? 0) < 48)
    }
}
