import Foundation

/// How the client retries (§1.6, §1.7): transport failures and 5xx with backoff and jitter, always
/// re-sending the same `MS-RequestId`; 429 after `Retry-After`; never 400/401/403/404/409/417.
public struct RetryPolicy: Sendable, Hashable {
    /// Attempts in total, the first included.
    public var maxAttempts: Int
    /// Delay before the first retry, doubled each time.
    public var baseDelay: TimeInterval
    /// Upper bound for one backoff delay.
    public var maxDelay: TimeInterval
    /// Upper bound for honouring a server's `Retry-After`; longer waits are reported instead.
    public var maxRetryAfter: TimeInterval

    public init(maxAttempts: Int = 4, baseDelay: TimeInterval = 0.5, maxDelay: TimeInterval = 8, maxRetryAfter: TimeInterval = 60) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.maxRetryAfter = maxRetryAfter
    }

    /// No retries at all.
    public static let none = RetryPolicy(maxAttempts: 1)

    /// The backoff before retry number `retry` (1-based), with "full jitter" from `unitRandom` in 0..<1.
    public func backoff(beforeRetry retry: Int, unitRandom: Double) -> TimeInterval {
        let exponential = min(maxDelay, baseDelay * pow(2, Double(max(0, retry - 1))))
        return exponential / 2 + exponential / 2 * unitRandom
    }

    /// Whether an HTTP status may be retried.
    public func isRetryable(status: Int) -> Bool {
        status >= 500 && status != 501
    }
}
