import Foundation

/// The running effect tasks, each in an ``EffectSlot``. Handlers start work here (through ``FeatureTasks``); every
/// task is recorded until it ends, so ``cancelAll()`` reaches all of them.
public final class TaskBoard: @unchecked Sendable {
    // Guarded by `lock`: the running task of each slot, numbered so a finished task removes only itself.
    private var running: [EffectSlot: (number: Int, task: Task<Void, Never>)] = [:]
    private var started = 0
    private var uniques = 0
    private let lock = NSLock()

    public init() {}

    /// How many effect tasks are running now (tests).
    public var runningCount: Int { lock.withLock { running.count } }

    /// Runs `operation` in `slot`, cancelling the task that was there.
    public func replace(_ slot: EffectSlot, priority: TaskPriority? = nil, _ operation: @escaping @Sendable () async -> Void) {
        let previous: Task<Void, Never>? = lock.withLock {
            started += 1
            let number = started
            // Created under the lock, so the task cannot finish (and remove itself) before it is recorded.
            let task = Task(priority: priority) {
                await operation()
                self.finished(slot, number: number)
            }
            return running.updateValue((number, task), forKey: slot)?.task
        }
        previous?.cancel()
    }

    /// Runs `operation` in a feature's `slot`, cancelling the task that was there.
    public func replace(_ slot: some TaskSlot, priority: TaskPriority? = nil, _ operation: @escaping @Sendable () async -> Void) {
        replace(EffectSlot(slot), priority: priority, operation)
    }

    /// Runs `operation` in a slot of its own: it replaces nothing, and `cancelAll` still reaches it.
    public func track(priority: TaskPriority? = nil, _ operation: @escaping @Sendable () async -> Void) {
        replace(.unique(nextUnique()), priority: priority, operation)
    }

    /// A number for a slot of its own.
    public func nextUnique() -> Int {
        lock.withLock {
            uniques += 1
            return uniques
        }
    }

    public func cancel(_ slot: some TaskSlot) {
        cancel(EffectSlot(slot))
    }

    public func cancel(_ slot: EffectSlot) {
        let task = lock.withLock { running.removeValue(forKey: slot)?.task }
        task?.cancel()
    }

    /// Cancels everything still running (at quit), but a checkout, whose answer must still be journaled.
    public func cancelAll() {
        let tasks = lock.withLock {
            let cancelled = running.filter { !$0.key.survivesCancelAll }
            for slot in cancelled.keys { running.removeValue(forKey: slot) }
            return cancelled.values.map(\.task)
        }
        tasks.forEach { $0.cancel() }
    }

    private func finished(_ slot: EffectSlot, number: Int) {
        lock.withLock {
            if running[slot]?.number == number { running.removeValue(forKey: slot) }
        }
    }
}
