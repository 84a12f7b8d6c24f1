import Foundation
import Identifiers
import PartnerCenter
import ReservationsCore

/// What the customer list's loads answer, carried as `Action.customers(_:)`.
public enum CustomersAction: Equatable, Sendable {
    case customersPageLoaded([Customer], loaded: Int, total: Int?, isComplete: Bool)
    case customersFailed(String)
    case customerDetailLoaded(Customer)
    case customerDetailFailed(CustomerID, String)
}
