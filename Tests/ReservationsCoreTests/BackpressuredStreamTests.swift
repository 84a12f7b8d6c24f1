import AsyncAlgorithms
import Foundation
import Synchronization
import Testing

@testable import ReservationsCore

/// The producer runs no further ahead than its consumer, and stops when the consumer goes away.
struct BackpressuredStreamTests {
    /// How far the producer got: sends that returned, and whether it saw it was cancelled.
    final class Progress: Sendable {
        private let state = Mutex((sent: 0, stopped: false))
        func sent() { state.withLock { $0.sent += 1 } }
        func stop() { state.withLock { $0.stopped = true } }
        var count: Int { state.withLock { $0.sent } }
        var stopped: Bool { state.withLock { $0.stopped } }
    }

    @Test("a send returns only once the consumer took the element: a slow consumer holds the producer back")
    func producerWaitsForConsumer() async throws {
        let progress = Progress()
        let stream = BackpressuredStream.make { (channel: AsyncThrowingChannel<Int, any Error>) in
            for number in 1...100 {
                await channel.send(number)
                progress.sent()
            }
        }
        var iterator = stream.makeAsyncIterator()
        #expect(try await iterator.next() == 1)
        // Time for a producer that did not wait to run far ahead; this one must still be at its second send.
        try await Task.sleep(for: .milliseconds(50))
        #expect(progress.count <= 1)
        #expect(try await iterator.next() == 2)
        var rest: [Int] = []
        while let number = try await iterator.next() { rest.append(number) }
        #expect(rest == Array(3...100))
    }

    @Test("a failure on the channel reaches the consumer after what was sent before it")
    func failureReachesConsumer() async throws {
        struct Broken: Error {}
        let stream = BackpressuredStream.make { (channel: AsyncThrowingChannel<Int, any Error>) in
            await channel.send(1)
            channel.fail(Broken())
        }
        var received: [Int] = []
        await #expect(throws: Broken.self) {
            for try await number in stream { received.append(number) }
        }
        #expect(received == [1])
    }

    @Test("a consumer that stops early stops the producer")
    func droppedConsumerStopsProducer() async throws {
        let progress = Progress()
        func takeTwo() async throws -> [Int] {
            let stream = BackpressuredStream.make { (channel: AsyncThrowingChannel<Int, any Error>) in
                var number = 0
                while !Task.isCancelled {
                    number += 1
                    await channel.send(number)
                }
                progress.stop()
            }
            var taken: [Int] = []
            for try await number in stream {
                taken.append(number)
                if taken.count == 2 { break }
            }
            return taken
        }
        #expect(try await takeTwo() == [1, 2])
        let deadline = ContinuousClock.now + .seconds(5)
        while !progress.stopped, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(5)) }
        #expect(progress.stopped)
    }
}
