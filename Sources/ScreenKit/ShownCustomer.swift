import Vocabulary

/// The customer a screen is about: the header shows its market, and `O` and `V` open its orders and reservations
/// from any screen about one customer.
public struct ShownCustomer: Equatable, Sendable {
    public var id: CustomerID
    public var name: String
    /// The country when the screen knows it (the catalog and the cart do); else the customer list's.
    public var country: String?

    public init(id: CustomerID, name: String, country: String? = nil) {
        self.id = id
        self.name = name
        self.country = country
    }
}
