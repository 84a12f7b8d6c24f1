import Vocabulary
import ReservationsCore
import OrdersFeature

/// What the interface needs to buy a cart draft: the remote preflight, a journaled checkout, and recovery that
/// only looks.
///
/// The effect runner depends on this rather than on the service, so reducer and runner tests can stand in a
/// recorder, while the application passes the journaled purchase service.
public protocol CheckoutPerformer: UnlistedOrderFinder {
    /// Every problem the service-side checks find (registration, inventory, stale catalog items), in plain words.
    func preflight(_ draft: CartDraft) async -> [String]
    /// Earlier purchases of the same items for the customer within 24 hours (this host's journal, then the
    /// customer's orders), one sentence each; buying on needs a second typed confirmation.
    func duplicates(_ draft: CartDraft) async -> [String]
    /// Checks the draft out (a recovered draft: its journaled cart). Call only after the operator typed BUY.
    /// Calling it again for the same draft after a failure must not buy twice.
    /// - Parameter allowingDuplicate: the operator also typed AGAIN: an earlier purchase of the same item for the
    ///   customer within 24 hours is not a reason to stop.
    /// - Throws: ``CheckoutDuplicateRefusal`` (nothing sent) when, unless `allowingDuplicate`, the journal finds such a
    ///   purchase while it records this one, e.g. one another operator recorded after the summary was shown.
    func checkout(_ draft: CartDraft, allowingDuplicate: Bool) async throws -> CheckoutReport
    /// Confirmed checkouts of this profile the journal holds as started but not settled.
    func unfinished() async -> [UnfinishedPurchase]
    /// Open carts (made without a confirmed checkout) and other profiles' entries, one sentence each.
    func journalNotes() async -> [String]
    /// Looks into each unfinished checkout, reading only; returns the rows with what was found.
    func inspect(_ purchases: [UnfinishedPurchase]) async -> [UnfinishedPurchase]
}
