import Foundation
import ReservationsCore

/// One feature's view of the running tasks: it starts tasks on the shared ``TaskBoard`` and answers with its own
/// actions (``OrdersAction``…) through ``mailbox``, which the app wraps into its own action on the way in. So a
/// screen's module runs its effects without knowing the app's action type.
public struct FeatureTasks<Answer: Sendable>: Sendable {
    public let board: TaskBoard
    public let mailbox: Outbox<Answer>

    /// - Parameters:
    ///   - post: Queues an answer for the run loop.
    ///   - deliver: Queues an answer once the run loop has room for it; by default, as `post`.
    public init(
        board: TaskBoard, post: @escaping @Sendable (Answer) -> Void, deliver: (@Sendable (Answer) async -> Void)? = nil
    ) {
        self.board = board
        self.mailbox = Outbox(send: post, sendAwaitingRoom: deliver ?? post)
    }

    /// Runs `operation` in the feature's `slot`, cancelling the task that was there.
    public func replace(_ slot: some TaskSlot, priority: TaskPriority? = nil, _ operation: @escaping @Sendable () async -> Void) {
        board.replace(slot, priority: priority, operation)
    }

    /// Runs `operation` in a shared slot (a checkout's, which `cancelAll` leaves running), cancelling the task there.
    public func replace(_ slot: EffectSlot, priority: TaskPriority? = nil, _ operation: @escaping @Sendable () async -> Void) {
        board.replace(slot, priority: priority, operation)
    }

    /// A number for a slot of its own.
    public func nextUnique() -> Int { board.nextUnique() }

    /// Runs `operation` in a slot of its own: it replaces nothing, and `cancelAll` still reaches it.
    public func track(priority: TaskPriority? = nil, _ operation: @escaping @Sendable () async -> Void) {
        board.track(priority: priority, operation)
    }

    /// Runs `work` in `slot` and posts the answer it returns, or `failed` with the error's line; nothing is posted
    /// once the task is cancelled (replaced by a newer one, or stopped).
    public func perform(
        _ slot: some TaskSlot, _ work: @escaping @Sendable () async throws -> Answer, failed: @escaping @Sendable (String) -> Answer
    ) {
        let mailbox = self.mailbox
        replace(slot) {
            do {
                mailbox.postUnlessCancelled(try await work())
            } catch {
                mailbox.postUnlessCancelled(failed(FailureText.of(error)))
            }
        }
    }

    public func cancel(_ slot: some TaskSlot) {
        board.cancel(slot)
    }
}
