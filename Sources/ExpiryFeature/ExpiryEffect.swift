/// The expiry board's I/O, carried as `Effect.expiryBoard(_:)` and run by ``ExpiryEffects``.
public enum ExpiryEffect: Equatable, Sendable {
    /// Read every customer's reservations expiring within 90 days, four customers at a time, replacing any such load.
    case load(generation: Int)
    /// Stop a running load (what arrived stays).
    case cancel
}
