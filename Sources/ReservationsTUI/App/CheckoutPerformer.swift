import ReservationsCore

/// What the interface needs to buy a cart draft: the remote preflight, and a journaled checkout.
///
/// The effect runner depends on this rather than on the service, so reducer and runner tests can stand in a
/// recorder, while the application passes the journaled purchase service.
public protocol CheckoutPerformer: Sendable {
    /// Every problem the service-side checks find (registration, inventory, stale catalog items), in plain words.
    func preflight(_ draft: CartDraft) async -> [String]
    /// Checks the draft out. Calling it again for the same draft after a failure must not buy twice.
    func checkout(_ draft: CartDraft) async throws -> CheckoutReport
}
