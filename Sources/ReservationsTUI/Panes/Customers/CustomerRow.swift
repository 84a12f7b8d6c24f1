import PartnerCenter
import ReservationsCore

/// One customer as the list shows it. The country arrives later (list items carry no address).
public struct CustomerRow: Equatable, Sendable {
    public var customer: Customer
    /// Lowercased name and domain, computed once so filtering 10,000 rows per keystroke stays cheap.
    /// The `.onmicrosoft.com` every tenant shares is left out, or "com" would match everyone.
    public let searchKey: String

    public init(customer: Customer) {
        self.customer = customer
        var domain = customer.companyProfile.domain?.lowercased() ?? ""
        if domain.hasSuffix(".onmicrosoft.com") { domain.removeLast(".onmicrosoft.com".count) }
        searchKey = customer.name.lowercased() + "\u{1F}" + domain
    }

    public var id: CustomerID { customer.id }
}
