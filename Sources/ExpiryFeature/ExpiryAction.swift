import ScreenKit
import Foundation
import Vocabulary
import ReservationsCore

/// What an expiry-board load answers. The app carries it as `Action.expiryBoard(_:generation:)`, where the
/// generation tells a stopped or replaced load's late answers from the current one's.
public enum ExpiryAction: Equatable, Sendable {
    /// The customer list is complete; `now` is when the load started (days left count from it).
    case customersListed(total: Int, now: Date)
    /// One customer's reservations within 90 days arrived; `done` of `total` customers have answered.
    case customerLoaded(CustomerID, [ExpiringReservation], done: Int, total: Int)
    case customerFailed(name: String, String, done: Int, total: Int)
    case finished
    /// The customer list itself failed.
    case failed(String)
}

/// An expiry-board answer with the generation of the load it belongs to, as ``Action/expiryBoard(_:generation:)``
/// carries it.
public struct ExpiryBoardAnswer: Sendable {
    public let action: ExpiryAction
    public let generation: Int

    public init(action: ExpiryAction, generation: Int) {
        self.action = action
        self.generation = generation
    }
}
