import Foundation

/// Where effect results wait for the UI thread. Effects post from any task; only the UI thread drains.
public final class Mailbox: @unchecked Sendable {
    // Guarded by `lock`.
    private var pending: [Action] = []
    private let lock = NSLock()

    public init() {}

    /// Queues an action for the next turn of the run loop.
    public func post(_ action: Action) {
        lock.lock()
        pending.append(action)
        lock.unlock()
    }

    /// Takes every queued action, oldest first.
    public func drain() -> [Action] {
        lock.lock()
        defer { lock.unlock() }
        let actions = pending
        pending.removeAll(keepingCapacity: true)
        return actions
    }
}
