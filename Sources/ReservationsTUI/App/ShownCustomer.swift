import Vocabulary

/// The customer a screen is about: the header shows its market, and `O` and `V` open its orders and reservations
/// from any screen about one customer.
struct ShownCustomer: Equatable {
    var id: CustomerID
    var name: String
    /// The country when the screen knows it (the catalog and the cart do); else the customer list's.
    var country: String?
}
