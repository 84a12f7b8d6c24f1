import ScreenKit
import Foundation
import ReservationsCore

/// The cart draft on disk, preflight, checkout and the purchase journal, carried as `Effect.cart(_:)` and run by
/// ``CommerceEffects``.
public enum CartEffect: Equatable, Sendable {
    /// Read the saved cart draft.
    case restoreCartDraft
    /// Save the draft (nil or empty removes the file).
    case saveCartDraft(CartDraft?)
    /// The checks that need the service: registration, inventory, catalog items still current.
    case preflight(CartDraft)
    /// Journal, create the cart and check it out; a retry of the same draft reuses the same request ID.
    /// `allowingDuplicate`: the operator typed AGAIN after BUY (see ``CheckoutFlow/duplicateConfirmationWord``).
    case checkout(CartDraft, allowingDuplicate: Bool)
    /// Look in the journal for checkouts that did not settle.
    case findUnfinishedPurchases
    /// Look into unfinished checkouts: read the cart and the orders, send nothing.
    case inspectPurchases([UnfinishedPurchase])
}
