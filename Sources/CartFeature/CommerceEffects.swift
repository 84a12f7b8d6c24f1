import ReservationsCore
import ScreenKit

/// The cart draft on disk, preflight and checkout (only ever from a confirmed checkout action), and unfinished
/// purchases.
public struct CommerceEffects: FeatureEffectHandler {
    /// The tasks a newer one of the same kind replaces.
    enum Slot: TaskSlot {
        case preflight
        case inspectPurchases
    }

    let draftStore: CartDraftStore?
    /// Nil in a session that cannot buy: preflight and checkout are refused with a message.
    let purchases: (any CheckoutPerformer)?

    public init(draftStore: CartDraftStore?, purchases: (any CheckoutPerformer)?) {
        self.draftStore = draftStore
        self.purchases = purchases
    }

    public func run(_ effect: CartEffect, in tasks: FeatureTasks<CartAction>) {
        let mailbox = tasks.mailbox
        switch effect {
        case .restoreCartDraft:
            mailbox.post(.cartDraftRestored(draftStore?.load() ?? .none))
        case .saveCartDraft(let draft):
            // Synchronous on purpose: the draft is on disk before the next key is read, so a SIGHUP right after
            // a change loses nothing.
            do { try draftStore?.save(draft) } catch { mailbox.post(.cartDraftSaveFailed(FailureText.of(error))) }
        case .preflight(let draft):
            guard let purchases else { return mailbox.post(.preflightFinished(["Purchases are not available in this session"])) }
            tasks.replace(Slot.preflight) {
                let duplicates = await purchases.duplicates(draft)
                let problems = await purchases.preflight(draft)
                guard !Task.isCancelled else { return }
                // Before the preflight's answer, so the summary opens with the warning already in place.
                mailbox.post(.duplicateWarnings(duplicates))
                mailbox.post(.preflightFinished(problems))
            }
        case .checkout(let draft, let allowingDuplicate):
            guard let purchases else {
                return mailbox.post(.checkoutFailed("Purchases are not available in this session", nothingSent: true))
            }
            // Never cancelled: once sent, the checkout's answer must be read and journaled.
            tasks.replace(.checkout(tasks.nextUnique())) {
                do {
                    mailbox.post(.checkoutFinished(try await purchases.checkout(draft, allowingDuplicate: allowingDuplicate)))
                } catch let refusal as CheckoutDuplicateRefusal {
                    mailbox.post(.checkoutRefusedAsDuplicate(refusal.duplicates))
                } catch let error as PurchaseError where error.nothingWasSent {
                    mailbox.post(.checkoutFailed(FailureText.of(error), nothingSent: true))
                } catch {
                    mailbox.post(.checkoutFailed(FailureText.of(error)))
                }
            }
        case .findUnfinishedPurchases:
            guard let purchases else { return }
            tasks.track {
                let found = await purchases.unfinished()
                if !found.isEmpty { mailbox.post(.unfinishedPurchasesFound(found)) }
                let notes = await purchases.journalNotes()
                if !notes.isEmpty { mailbox.post(.journalNotes(notes)) }
            }
        case .inspectPurchases(let found):
            guard let purchases else { return }
            tasks.replace(Slot.inspectPurchases) {
                let rows = await purchases.inspect(found)
                mailbox.postUnlessCancelled(.purchasesInspected(rows))
            }
        }
    }
}
