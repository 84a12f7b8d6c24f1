import ScreenKit
import Vocabulary
import ReservationsCore

/// What the customer list's loads answer, carried as `Action.customers(_:)`.
public enum CustomersAction: Equatable, Sendable {
    case customersPageLoaded([CustomerRow], loaded: Int, total: Int?, isComplete: Bool)
    case customersFailed(String)
    /// A customer's detail arrived: its billing country, nil when the record has none.
    case customerDetailLoaded(CustomerID, country: String?)
    case customerDetailFailed(CustomerID, String)
}
