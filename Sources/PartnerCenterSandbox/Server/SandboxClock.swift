import Foundation
import Synchronization

/// The sandbox's one source of the time: the routes, the store, the token issuer and the export desk all ask it.
///
/// The system clock by default. Tests take a ``manual(at:)`` clock and ``advance(by:)`` it instead of sleeping
/// while a device code, a registration or an order ages:
/// ```swift
/// let clock = SandboxClock.manual(at: Date(timeIntervalSince1970: 1_800_000_000))
/// var configuration = SandboxConfiguration(); configuration.clock = clock
/// clock.advance(by: 2)   // the order placed a moment ago is now completed
/// ```
public final class SandboxClock: Sendable {
    /// A fixed start (manual clock) or nil (the system time), and how far the clock was moved on.
    private let state: Mutex<(start: Date?, offset: TimeInterval)>

    /// The system clock.
    public convenience init() { self.init(start: nil) }

    private init(start: Date?) { state = Mutex((start, 0)) }

    /// A clock that stands still at `date` until advanced.
    public static func manual(at date: Date) -> SandboxClock { SandboxClock(start: date) }

    /// The time now, as the sandbox sees it.
    public var now: Date { state.withLock { ($0.start ?? Date()).addingTimeInterval($0.offset) } }

    /// Moves the clock on by `seconds`.
    public func advance(by seconds: TimeInterval) { state.withLock { $0.offset += seconds } }
}
