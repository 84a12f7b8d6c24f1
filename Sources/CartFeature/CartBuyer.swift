import ScreenKit
import Vocabulary
import ReservationsCore

/// Who a new cart is started for: the customer and the country whose catalog its lines come from (the catalog's `a`
/// and a renewal start one).
public struct CartBuyer: Equatable, Sendable {
    public var customerID: CustomerID
    public var customerName: String
    public var country: String

    public init(customerID: CustomerID, customerName: String, country: String) {
        self.customerID = customerID
        self.customerName = customerName
        self.country = country
    }
}

extension CartBuyer {
    /// The draft's own customer and country.
    init(draft: CartDraft) {
        self.init(customerID: draft.customerID, customerName: draft.customerName, country: draft.country)
    }
}
