/// Where a feature's tasks post their answers: the app's mailbox, seen through the feature's own action type.
public struct Outbox<Answer: Sendable>: Sendable {
    let send: @Sendable (Answer) -> Void
    let sendAwaitingRoom: @Sendable (Answer) async -> Void

    /// Queues an answer for the next turn of the run loop.
    public func post(_ answer: Answer) {
        send(answer)
    }

    /// Queues an answer, returning once the run loop has room for it (the mailbox's delivery window): a producer
    /// that delivers this way never runs far ahead of the reducer (a catalog load's SKU batches).
    public func deliver(_ answer: Answer) async {
        await sendAwaitingRoom(answer)
    }

    /// Queues an answer unless the calling task was cancelled: a replaced or stopped load's late answer is dropped
    /// here instead of reaching the reducer.
    public func postUnlessCancelled(_ answer: Answer) {
        if !Task.isCancelled { send(answer) }
    }
}
