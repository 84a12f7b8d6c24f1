import Foundation
import ReservationsCore
import CartFeature

/// What the effect handlers are built from: the session's services and settings, handed to each feature's
/// ``FeatureEffect/handler(in:)`` the first time one of its effects runs. A new feature takes what it needs from
/// here, so ``EffectRunner`` does not change for it.
struct EffectContext: Sendable {
    let directory: CustomerDirectory
    /// How many customer details are read at once.
    let detailConcurrency: Int
    let catalog: CatalogLoader
    /// Where the cart draft is kept; nil keeps it in memory only (tests).
    let draftStore: CartDraftStore?
    /// Runs preflight and checkout; nil refuses them with a message.
    let purchases: (any CheckoutPerformer)?
    let registrationWaiter: RegistrationWaiter
    let audit: (any AuditTrail)?
    let profileName: String
    /// Asks the team ledger whether it can be used: nil when it can (or there is none), else why not.
    let ledgerCheck: (@Sendable () async -> String?)?
    /// The session's time (the in-process sandbox's clock on the sandbox).
    let clock: @Sendable () -> Date
}
