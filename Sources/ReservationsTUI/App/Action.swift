import PartnerCenter
import TerminalUI

/// What reaches the reducer: input, and the results of effects (named in the past tense).
public enum Action: Equatable, Sendable {
    /// The run loop started; kicks off the first loads.
    case started
    case keyPressed(KeyChord)
    case resized(Size)
    case customersPageLoaded([Customer], loaded: Int, total: Int?, isComplete: Bool)
    case customersFailed(String)
    case customerDetailLoaded(Customer)
    case customerDetailFailed(CustomerID, String)
    case subscriptionsLoaded(CustomerID, [Subscription])
    case subscriptionsFailed(CustomerID, String)
}
