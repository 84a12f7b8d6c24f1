import ReservationsCore
import ScreenKit

/// The cart draft on disk, preflight and checkout (only ever from a confirmed checkout action), and unfinished
/// purchases.
struct CommerceEffects: EffectHandler {
    /// The tasks a newer one of the same kind replaces.
    enum Slot: TaskSlot {
        case preflight
        case inspectPurchases
    }

    let draftStore: CartDraftStore?
    /// Nil in a session that cannot buy: preflight and checkout are refused with a message.
    let purchases: (any CheckoutPerformer)?

    func run(_ effect: CartEffect, in tasks: EffectTasks) {
        let mailbox = tasks.mailbox
        let purchases = self.purchases
        switch effect {
        case .restoreCartDraft:
            mailbox.post(.cart(.cartDraftRestored(draftStore?.load() ?? .none)))
        case .saveCartDraft(let draft):
            // Synchronous on purpose: the draft is on disk before the next key is read, so a SIGHUP right after
            // a change loses nothing.
            do { try draftStore?.save(draft) } catch { mailbox.post(.cart(.cartDraftSaveFailed(FailureText.of(error)))) }
        case .preflight(let draft):
            guard let purchases else { return mailbox.post(.cart(.preflightFinished(["Purchases are not available in this session"]))) }
            tasks.replace(Slot.preflight) {
                let duplicates = await purchases.duplicates(draft)
                let problems = await purchases.preflight(draft)
                guard !Task.isCancelled else { return }
                // Before the preflight's answer, so the summary opens with the warning already in place.
                mailbox.post(.cart(.duplicateWarnings(duplicates)))
                mailbox.post(.cart(.preflightFinished(problems)))
            }
        case .checkout(let draft, let allowingDuplicate):
            guard let purchases else {
                return mailbox.post(.cart(.checkoutFailed("Purchases are not available in this session", nothingSent: true)))
            }
            // Never cancelled: once sent, the checkout's answer must be read and journaled.
            tasks.replace(.checkout(tasks.nextUnique())) {
                do {
                    mailbox.post(.cart(.checkoutFinished(try await purchases.checkout(draft, allowingDuplicate: allowingDuplicate))))
                } catch let refusal as CheckoutDuplicateRefusal {
                    mailbox.post(.cart(.checkoutRefusedAsDuplicate(refusal.duplicates)))
                } catch let error as PurchaseError where error.nothingWasSent {
                    mailbox.post(.cart(.checkoutFailed(FailureText.of(error), nothingSent: true)))
                } catch {
                    mailbox.post(.cart(.checkoutFailed(FailureText.of(error))))
                }
            }
        case .findUnfinishedPurchases:
            guard let purchases else { return }
            tasks.track {
                let found = await purchases.unfinished()
                if !found.isEmpty { mailbox.post(.cart(.unfinishedPurchasesFound(found))) }
                let notes = await purchases.journalNotes()
                if !notes.isEmpty { mailbox.post(.cart(.journalNotes(notes))) }
            }
        case .inspectPurchases(let found):
            guard let purchases else { return }
            tasks.replace(Slot.inspectPurchases) {
                let rows = await purchases.inspect(found)
                mailbox.postUnlessCancelled(.cart(.purchasesInspected(rows)))
            }
        }
    }
}

extension CartEffect: FeatureEffect {
    static func handler(in context: EffectContext) -> CommerceEffects {
        CommerceEffects(draftStore: context.draftStore, purchases: context.purchases)
    }
}
