/// Lets a few large JSON decodes run at once and queues the rest in arrival order.
///
/// A catalog load fetches several 10 MB SKU lists at once. Decoding them all at the same time on a two-core jump
/// host only splits the CPU: every list finishes late (the first rows with them) and each decode's working set is
/// resident at once. One at a time, the first list to arrive is on screen soonest and the peak stays low, while
/// the downloads themselves still overlap.
actor DecodeGate {
    /// Bodies at least this large go through the gate; smaller ones decode at once.
    static let largeBodyBytes = 1 << 20
    /// The gate every client shares: decoding competes for the same cores whichever client asked.
    static let shared = DecodeGate(permits: 1)

    private var available: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(permits: Int) {
        available = max(1, permits)
    }

    /// Runs `work` once a permit is free, on the caller's task, not on the gate (waiting is not cancelled:
    /// decodes are short and finite).
    nonisolated func run<Result: Sendable>(_ work: () throws -> Result) async throws -> Result {
        await acquire()
        do {
            let result = try work()
            await release()
            return result
        } catch {
            await release()
            throw error
        }
    }

    private func acquire() async {
        if available > 0 {
            available -= 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    private func release() {
        if waiting.isEmpty {
            available += 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
