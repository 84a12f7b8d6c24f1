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
    /// Checkouts the journal holds as started but not settled.
    func unfinished() async -> [UnfinishedPurchase]
    /// Finds out how an unfinished checkout ended and settles it without ever buying twice. Lines of `draft` are
    /// reported as bought when the draft is the purchase being resolved.
    func resolve(_ intentID: String, draft: CartDraft?) async throws -> CheckoutReport
}
