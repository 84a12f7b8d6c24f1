import PartnerCenter
import ReservationsCore

/// One customer as the list shows it. The country arrives later (list items carry no address).
public struct CustomerRow: Equatable, Sendable {
    public var customer: Customer
    /// Lowercased name and domain, computed once so filtering 10,000 rows per keystroke stays cheap.
    public let searchKey: String

    public init(customer: Customer) {
        self.customer = customer
        searchKey = (customer.name + " " + (customer.companyProfile.domain ?? "")).lowercased()
    }

    public var id: CustomerID { customer.id }
}
