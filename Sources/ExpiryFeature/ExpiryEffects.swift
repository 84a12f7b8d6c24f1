import Foundation
import ReservationsCore
import ScreenKit

/// The expiry board: every customer's reservations within 90 days, a few customers at a time.
public struct ExpiryEffects: FeatureEffectHandler {
    /// The tasks a newer one of the same kind replaces.
    enum Slot: TaskSlot {
        case expiryBoard
    }

    let loader: ExpiryBoardLoader
    /// The session's time (the in-process sandbox's clock on the sandbox).
    var clock: @Sendable () -> Date = { Date() }

    public init(loader: ExpiryBoardLoader, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.loader = loader
        self.clock = clock
    }

    public func run(_ effect: ExpiryEffect, in tasks: FeatureTasks<ExpiryBoardAnswer>) {
        let mailbox = tasks.mailbox
        switch effect {
        case .load(let generation):
            tasks.replace(Slot.expiryBoard) {
                do {
                    for try await event in loader.load(now: clock()) {
                        guard !Task.isCancelled else { return }
                        switch event {
                        case .customersListed(let total):
                            mailbox.post(ExpiryBoardAnswer(action: .customersListed(total: total, now: clock()), generation: generation))
                        case .customerLoaded(let id, let found, let done, let total):
                            mailbox.post(ExpiryBoardAnswer(action: .customerLoaded(id, found, done: done, total: total), generation: generation))
                        case .customerFailed(_, let name, let message, let done, let total):
                            mailbox.post(ExpiryBoardAnswer(action: .customerFailed(name: name, message, done: done, total: total), generation: generation))
                        }
                    }
                    mailbox.postUnlessCancelled(ExpiryBoardAnswer(action: .finished, generation: generation))
                } catch {
                    mailbox.postUnlessCancelled(ExpiryBoardAnswer(action: .failed(FailureText.of(error)), generation: generation))
                }
            }
        case .cancel:
            tasks.cancel(Slot.expiryBoard)
        }
    }
}
