import Foundation

/// Where effect results wait for the UI thread. Effects post from any task; only the UI thread drains.
public final class Mailbox: @unchecked Sendable {
    // Guarded by `lock`.
    private var pending: [Action] = []
    private var waitingForDrain: [CheckedContinuation<Void, Never>] = []
    /// Delivered actions not yet drained.
    private var delivered = 0
    /// Drains so far, so a delivery can tell its action was taken before it began to wait.
    private var drains = 0
    /// How many delivered actions may wait for the run loop before `deliver` waits too.
    public let deliveryWindow: Int
    private let lock = NSLock()

    public init(deliveryWindow: Int = 4) {
        self.deliveryWindow = max(0, deliveryWindow)
    }

    /// Queues an action for the next turn of the run loop.
    public func post(_ action: Action) {
        lock.lock()
        pending.append(action)
        lock.unlock()
    }

    /// Queues an action unless the calling task was cancelled: a replaced or stopped load's late answer is
    /// dropped here instead of reaching the reducer.
    public func postUnlessCancelled(_ action: Action) {
        if !Task.isCancelled { post(action) }
    }

    /// Queues an action; returns at once while fewer than ``deliveryWindow`` delivered actions wait for the run
    /// loop, otherwise once the loop has taken them. A producer that delivers this way never has more than the
    /// window waiting here (a catalog load's decoded SKUs wait in the loader instead), while the loop, which
    /// looks at the mailbox every ``AppLoop/inputTimeout``, still takes several at a turn.
    public func deliver(_ action: Action) async {
        let (mustWait, drainsBefore) = lock.withLock {
            pending.append(action)
            delivered += 1
            return (delivered > deliveryWindow, drains)
        }
        guard mustWait else { return }
        await withCheckedContinuation { (taken: CheckedContinuation<Void, Never>) in
            lock.lock()
            if drains != drainsBefore {  // taken in between
                lock.unlock()
                taken.resume()
                return
            }
            waitingForDrain.append(taken)
            lock.unlock()
        }
    }

    /// Takes every queued action, oldest first.
    public func drain() -> [Action] {
        lock.lock()
        let actions = pending
        let taken = waitingForDrain
        pending.removeAll(keepingCapacity: true)
        waitingForDrain.removeAll(keepingCapacity: true)
        delivered = 0
        drains &+= 1
        lock.unlock()
        for continuation in taken { continuation.resume() }
        return actions
    }
}
