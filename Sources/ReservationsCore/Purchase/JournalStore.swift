import Foundation
import PartnerCenter

/// Where the checkout journal is kept: the SQLite file of this host (``CheckoutJournal``) or the team ledger
/// (``LedgerJournal``). The purchase service writes every step here before sending it.
///
/// ```swift
/// let journal: any JournalStore = try CheckoutJournal.open(at: paths.checkoutJournal)
/// let entry = try await journal.record(intent, scope: scope, operatorName: "alice@jump1", guardingDuplicatesSince: now - 86_400)
/// try await journal.advance(intent.id, to: .cartCreated, detail: "cart \(cartID)", now: now) { $0.cartID = cartID }
/// ```
public protocol JournalStore: Sendable {
    /// Every entry, oldest first.
    func entries() async throws -> [CheckoutJournalEntry]

    /// The entry for an intent ID (idempotency key), or nil.
    func entry(for intentID: String) async throws -> CheckoutJournalEntry?

    /// The stages an intent went through, oldest first, with their details.
    func history(for intentID: String) async throws -> [(stage: CheckoutStage, detail: String?, at: Date)]

    /// Records a new intent, or returns the entry already journaled under its key when it asks for the same purchase.
    /// - Parameter guardingDuplicatesSince: when set, a new (or newly confirmed) checkout is refused with
    ///   ``JournalDuplicateRefusal`` if a confirmed, not failed entry of the same account (endpoint and tenant) made
    ///   since then buys one of its items for the same customer. The check and the write are one transaction, so two
    ///   operators recording at the same moment cannot both pass it.
    /// - Throws: ``CheckoutJournalError`` when the key was used for a different purchase or scope.
    func record(
        _ intent: PurchaseIntent, scope: JournalScope?, confirmed: Bool, operatorName: String?, now: Date,
        guardingDuplicatesSince: Date?
    ) async throws -> CheckoutJournalEntry

    /// Moves an intent to `stage` after `change` edited its entry, and records `detail` in its history.
    /// - Throws: ``CheckoutJournalError`` for an unknown intent or a move its stage does not allow.
    func advance(
        _ intentID: String, to stage: CheckoutStage, detail: String, now: Date,
        change: @escaping @Sendable (inout CheckoutJournalEntry) throws -> Void
    ) async throws -> CheckoutJournalEntry
}
