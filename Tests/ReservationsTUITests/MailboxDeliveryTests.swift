import Foundation
import Synchronization
import Testing

@testable import ReservationsTUI

/// `deliver` hands an action to the run loop and waits until the loop has taken it; `post` does not wait.
struct MailboxDeliveryTests {
    @Test("past the window, a delivery returns only after the run loop drained it; actions come out in order")
    func deliveryWaitsForDrain() async throws {
        let mailbox = Mailbox(deliveryWindow: 0)
        let delivered = Mutex(false)
        mailbox.post(.started)
        let producer = Task {
            await mailbox.deliver(.catalog(.catalogFinished(generation: 7)))
            delivered.withLock { $0 = true }
        }
        // Time for a delivery that did not wait to return; this one must still be waiting for the drain.
        try await Task.sleep(for: .milliseconds(50))
        #expect(delivered.withLock { $0 } == false)
        let queued = mailbox.drain()
        #expect(queued == [.started, .catalog(.catalogFinished(generation: 7))])
        await producer.value
        #expect(delivered.withLock { $0 })
        #expect(mailbox.drain().isEmpty)
    }

    @Test("within the window deliveries return at once; the next one waits for the drain")
    func windowOfDeliveries() async throws {
        let mailbox = Mailbox(deliveryWindow: 2)
        await mailbox.deliver(.catalog(.catalogFinished(generation: 1)))
        await mailbox.deliver(.catalog(.catalogFinished(generation: 2)))
        let third = Mutex(false)
        let producer = Task {
            await mailbox.deliver(.catalog(.catalogFinished(generation: 3)))
            third.withLock { $0 = true }
        }
        try await Task.sleep(for: .milliseconds(50))
        #expect(third.withLock { $0 } == false)
        #expect(mailbox.drain() == [1, 2, 3].map { Action.catalog(.catalogFinished(generation: $0)) })
        await producer.value
        await mailbox.deliver(.catalog(.catalogFinished(generation: 4)))
        #expect(mailbox.drain() == [.catalog(.catalogFinished(generation: 4))], "the window starts afresh after a drain")
    }
}
