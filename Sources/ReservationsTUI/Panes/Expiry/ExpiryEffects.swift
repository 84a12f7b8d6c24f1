import Foundation
import ReservationsCore

/// The expiry board: every customer's reservations within 90 days, a few customers at a time.
struct ExpiryEffects: EffectHandler {
    let loader: ExpiryBoardLoader

    func run(_ effect: Effect, in tasks: EffectTasks) {
        let loader = self.loader
        let mailbox = tasks.mailbox
        switch effect {
        case .loadExpiryBoard(let generation):
            tasks.replace(.expiryBoard) {
                do {
                    for try await event in loader.load(now: Date()) {
                        guard !Task.isCancelled else { return }
                        switch event {
                        case .customersListed(let total):
                            mailbox.post(.expiryBoardCustomersListed(generation: generation, total: total, now: Date()))
                        case .customerLoaded(let id, let found, let done, let total):
                            mailbox.post(.expiryBoardCustomerLoaded(generation: generation, id, found, done: done, total: total))
                        case .customerFailed(_, let name, let message, let done, let total):
                            mailbox.post(.expiryBoardCustomerFailed(generation: generation, name: name, message, done: done, total: total))
                        }
                    }
                    mailbox.postUnlessCancelled(.expiryBoardFinished(generation: generation))
                } catch {
                    mailbox.postUnlessCancelled(.expiryBoardFailed(generation: generation, EffectTasks.message(error)))
                }
            }
        case .cancelExpiryBoard:
            tasks.cancel(.expiryBoard)
        default:
            break
        }
    }
}
