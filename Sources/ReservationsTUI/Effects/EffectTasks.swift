import Foundation
import ScreenKit

/// The running effect tasks (on a ``TaskBoard``) and the app's mailbox they answer into. A screen module's handler
/// starts work through a ``FeatureTasks`` view (``feature(_:)``); the app itself runs only the ledger watch here.
public final class EffectTasks: Sendable {
    public let mailbox: Mailbox
    let board = TaskBoard()

    public init(mailbox: Mailbox) {
        self.mailbox = mailbox
    }

    /// The tasks as a feature sees them: its answers wrapped into the app's ``Action`` by `wrap`.
    func feature<Answer: Sendable>(_ wrap: @escaping @Sendable (Answer) -> Action) -> FeatureTasks<Answer> {
        let mailbox = self.mailbox
        return FeatureTasks(board: board, post: { mailbox.post(wrap($0)) }, deliver: { await mailbox.deliver(wrap($0)) })
    }

    /// How many effect tasks are running now (tests).
    var runningCount: Int { board.runningCount }

    func replace(_ slot: EffectSlot, priority: TaskPriority? = nil, _ operation: @escaping @Sendable () async -> Void) {
        board.replace(slot, priority: priority, operation)
    }

    func replace(_ slot: some TaskSlot, priority: TaskPriority? = nil, _ operation: @escaping @Sendable () async -> Void) {
        board.replace(slot, priority: priority, operation)
    }

    func cancel(_ slot: some TaskSlot) {
        board.cancel(slot)
    }

    /// Cancels everything still running (at quit), but a checkout, whose answer must still be journaled.
    public func cancelAll() {
        board.cancelAll()
    }
}
