import Foundation
import PartnerCenter

/// Polls a subscription's reservation registration until it is `registered`, with exponential backoff.
///
/// Registration (§ operation 3b) answers 202 and completes a few seconds (sandbox) to minutes later.
public struct RegistrationWaiter: Sendable {
    /// Why waiting stopped without `registered`.
    public enum Failure: Error, Hashable, Sendable, CustomStringConvertible {
        /// The deadline passed; `lastStatus` is what the service said last.
        case timedOut(lastStatus: String, seconds: Int)

        public var description: String {
            switch self {
            case .timedOut(let status, let seconds):
                "The subscription was still \(status) after \(seconds) s; check again with `pcres subscriptions status`."
            }
        }
    }

    /// The first wait between polls.
    public var initialDelay: TimeInterval
    /// Each wait is this many times the last one…
    public var multiplier: Double
    /// …up to this.
    public var maximumDelay: TimeInterval
    /// Give up after this long.
    public var timeout: TimeInterval

    public init(initialDelay: TimeInterval = 1, multiplier: Double = 1.5, maximumDelay: TimeInterval = 15, timeout: TimeInterval = 300) {
        self.initialDelay = initialDelay
        self.multiplier = multiplier
        self.maximumDelay = maximumDelay
        self.timeout = timeout
    }

    /// The waits between polls, in order, whose sum stays within `timeout`.
    public var delays: [TimeInterval] {
        var result: [TimeInterval] = []
        var delay = initialDelay
        var total: TimeInterval = 0
        while total + delay <= timeout, delay > 0 {
            result.append(delay)
            total += delay
            delay = min(maximumDelay, delay * multiplier)
        }
        return result
    }

    /// Polls `status` (first at once, then after each delay) until it reports `registered`.
    /// - Parameters:
    ///   - status: fetches the current registration status.
    ///   - onStatus: called with every status seen (for progress).
    ///   - sleep: waits (injected in tests).
    /// - Returns: the final, registered status.
    /// - Throws: `Failure.timedOut`, or what `status` throws.
    public func wait(
        status: @Sendable () async throws -> RegistrationStatus,
        onStatus: @Sendable (RegistrationStatus) -> Void = { _ in },
        sleep: @Sendable (TimeInterval) async throws -> Void = { try await Task.sleep(nanoseconds: UInt64($0 * 1_000_000_000)) }
    ) async throws -> RegistrationStatus {
        var current = try await status()
        onStatus(current)
        for delay in delays {
            if current.status == .registered { return current }
            try Task.checkCancellation()
            try await sleep(delay)
            current = try await status()
            onStatus(current)
        }
        if current.status == .registered { return current }
        throw Failure.timedOut(lastStatus: current.status.wireName, seconds: Int(timeout))
    }
}
