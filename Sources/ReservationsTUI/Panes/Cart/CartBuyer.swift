import Vocabulary
import ReservationsCore

/// Who a new cart is started for: the customer and the country whose catalog its lines come from. Made inside this
/// module only (its memberwise init).
public struct CartBuyer: Equatable, Sendable {
    public var customerID: CustomerID
    public var customerName: String
    public var country: String
}

extension CartBuyer {
    /// The draft's own customer and country.
    init(draft: CartDraft) {
        self.init(customerID: draft.customerID, customerName: draft.customerName, country: draft.country)
    }
}
