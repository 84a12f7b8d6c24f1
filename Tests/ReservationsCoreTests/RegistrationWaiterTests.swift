import Foundation
import PartnerCenter
import ReservationsCore
import Testing

/// Counts polls and sleeps so the backoff can be checked without waiting.
final class PollRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var statuses: [RegistrationStatus.State]
    private(set) var sleeps: [TimeInterval] = []
    private(set) var polls = 0

    init(_ statuses: [RegistrationStatus.State]) { self.statuses = statuses }

    func next() -> RegistrationStatus {
        lock.withLock {
            polls += 1
            let state = statuses.count > 1 ? statuses.removeFirst() : statuses[0]
            return RegistrationStatus(subscriptionId: "sub", status: state)
        }
    }

    func slept(_ seconds: TimeInterval) { lock.withLock { sleeps.append(seconds) } }
}

struct RegistrationWaiterTests {
    @Test("delays grow by the multiplier, are capped, and stay within the timeout")
    func delays() {
        let waiter = RegistrationWaiter(initialDelay: 1, multiplier: 2, maximumDelay: 4, timeout: 15)
        #expect(waiter.delays == [1, 2, 4, 4, 4])
    }

    @Test("returns at once when already registered, without sleeping")
    func alreadyRegistered() async throws {
        let recorder = PollRecorder([.registered])
        let status = try await RegistrationWaiter().wait(status: { recorder.next() }, sleep: { recorder.slept($0) })
        #expect(status.status == .registered)
        #expect(recorder.polls == 1)
        #expect(recorder.sleeps.isEmpty)
    }

    @Test("polls with backoff until registered")
    func pollsUntilRegistered() async throws {
        let recorder = PollRecorder([.notRegistered, .registering, .registering, .registered])
        let waiter = RegistrationWaiter(initialDelay: 1, multiplier: 1.5, maximumDelay: 10, timeout: 60)
        let status = try await waiter.wait(status: { recorder.next() }, sleep: { recorder.slept($0) })
        #expect(status.status == .registered)
        #expect(recorder.polls == 4)
        #expect(recorder.sleeps == [1, 1.5, 2.25])
    }

    @Test("times out with the last status when it never completes")
    func timesOut() async {
        let recorder = PollRecorder([.registering])
        let waiter = RegistrationWaiter(initialDelay: 1, multiplier: 1, maximumDelay: 1, timeout: 3)
        await #expect(throws: RegistrationWaiter.Failure.timedOut(lastStatus: "Registering", seconds: 3)) {
            try await waiter.wait(status: { recorder.next() }, sleep: { recorder.slept($0) })
        }
        #expect(recorder.polls == 4)
    }

    @Test("errors from the status call are passed on")
    func passesErrorsOn() async {
        let error = PartnerCenterError(kind: .service, operation: "get registration status", httpStatus: 404)
        await #expect(throws: error) {
            try await RegistrationWaiter().wait(status: { throw error }, sleep: { _ in })
        }
    }
}
