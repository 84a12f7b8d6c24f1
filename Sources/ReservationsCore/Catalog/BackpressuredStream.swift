import AsyncAlgorithms

/// A stream whose producer waits for its consumer: each `send` returns only once the consumer has taken the
/// element, so a fast producer (decoding SKU lists) never queues more than one element per producing task.
///
/// ```swift
/// let events = BackpressuredStream.make { channel in
///     await channel.send(.products(products))   // returns when the consumer took it
///     channel.finish()
/// }
/// for try await event in events { … }
/// ```
/// Built on swift-async-algorithms' `AsyncThrowingChannel`; the stream's consumer side is an ordinary
/// `AsyncThrowingStream`. Cancelling the consumer, or dropping the stream, cancels the producer.
enum BackpressuredStream {
    /// Starts `produce` in a task of its own; it ends the stream with `finish()` or `fail(_:)` on the channel
    /// (the stream also ends when `produce` returns).
    static func make<Element: Sendable>(
        _ produce: @escaping @Sendable (AsyncThrowingChannel<Element, any Error>) async -> Void
    ) -> AsyncThrowingStream<Element, any Error> {
        let channel = AsyncThrowingChannel<Element, any Error>()
        let producer = Task {
            await produce(channel)
            channel.finish()
        }
        let consumer = Consumer(channel: channel, producer: producer)
        return AsyncThrowingStream(unfolding: {
            try await withTaskCancellationHandler {
                try await consumer.next()
            } onCancel: {
                consumer.stop()
            }
        })
    }

    /// The one consumer's iterator, and the producer to stop when the consumer goes away.
    private final class Consumer<Element: Sendable>: @unchecked Sendable {
        // Used by the stream's single consumer only (AsyncThrowingStream calls `unfolding` one call at a time).
        private var iterator: AsyncThrowingChannel<Element, any Error>.Iterator
        private let channel: AsyncThrowingChannel<Element, any Error>
        private let producer: Task<Void, Never>

        init(channel: AsyncThrowingChannel<Element, any Error>, producer: Task<Void, Never>) {
            self.channel = channel
            self.iterator = channel.makeAsyncIterator()
            self.producer = producer
        }

        func next() async throws -> Element? {
            try await iterator.next()
        }

        /// Cancels the producer and releases any send waiting on the channel.
        func stop() {
            producer.cancel()
            channel.finish()
        }

        deinit { stop() }
    }
}
