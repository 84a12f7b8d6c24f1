import Foundation
import Synchronization
import Testing

@testable import PartnerCenter

/// Large decodes take turns: never more at once than the permits, and a failure frees the turn.
struct DecodeGateTests {
    /// How many runs are inside the gate now, and the most there ever were.
    final class Occupancy: Sendable {
        private let counts = Mutex((now: 0, most: 0))

        func enter() {
            counts.withLock { $0.now += 1; $0.most = max($0.most, $0.now) }
        }

        func leave() { counts.withLock { $0.now -= 1 } }
        var most: Int { counts.withLock { $0.most } }
    }

    @Test("eight runs of 20 ms through one permit: never two at once, and every run finishes")
    func onePermit() async throws {
        let gate = DecodeGate(permits: 1)
        let occupancy = Occupancy()
        let results = try await withThrowingTaskGroup(of: Int.self) { group in
            for number in 0..<8 {
                group.addTask {
                    try await gate.run {
                        occupancy.enter()
                        defer { occupancy.leave() }
                        Thread.sleep(forTimeInterval: 0.02)
                        return number
                    }
                }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(results.sorted() == Array(0..<8))
        #expect(occupancy.most == 1)
    }

    @Test("a run that throws gives its turn to the next")
    func failureReleases() async throws {
        struct Refused: Error {}
        let gate = DecodeGate(permits: 1)
        await #expect(throws: Refused.self) { try await gate.run { throw Refused() } }
        let after = try await gate.run { 42 }
        #expect(after == 42)
    }

    @Test("two permits: two at once at most")
    func twoPermits() async throws {
        let gate = DecodeGate(permits: 2)
        let occupancy = Occupancy()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<6 {
                group.addTask {
                    try await gate.run {
                        occupancy.enter()
                        defer { occupancy.leave() }
                        Thread.sleep(forTimeInterval: 0.02)
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(occupancy.most <= 2)
    }
}
