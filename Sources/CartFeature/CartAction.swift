import ScreenKit
import Foundation
import ReservationsCore

/// What the cart draft on disk, preflight, checkout and the purchase journal answer, carried as `Action.cart(_:)`.
public enum CartAction: Equatable, Sendable {
    /// The saved cart draft at start: none, a draft, or a note that an unreadable file was moved aside.
    case cartDraftRestored(CartDraftStore.Loaded)
    /// Saving the draft failed; the draft stays in memory.
    case cartDraftSaveFailed(String)
    /// The remote preflight checks answered: every problem found (empty when all is well).
    case preflightFinished([String])
    case checkoutFinished(CheckoutReport)
    /// Earlier purchases of the same items for the customer within 24 hours, found before the summary.
    case duplicateWarnings([String])
    /// At start: confirmed checkouts the journal holds as unfinished.
    case unfinishedPurchasesFound([UnfinishedPurchase])
    /// At start: open carts and other profiles' entries, one sentence each (nothing to settle here).
    case journalNotes([String])
    /// What looking into the unfinished checkouts found (nothing was sent).
    case purchasesInspected([UnfinishedPurchase])
    /// The checkout's outcome is unknown (network, timeout); retrying is safe.
    case checkoutFailed(String, nothingSent: Bool = false)
    /// The journal refused to record the checkout: the same item was bought for the customer within 24 hours (one
    /// sentence each), e.g. by another operator after the summary was shown. Nothing was sent.
    case checkoutRefusedAsDuplicate([String])
}
