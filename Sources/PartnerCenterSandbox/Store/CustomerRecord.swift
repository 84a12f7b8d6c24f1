import GRDB
import PartnerCenter

/// A customer as the sandbox stores it.
struct CustomerRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "customer"

    var id: String
    /// Position in the partner's customer list; paging is by this order.
    var ordinal: Int
    var companyName: String
    var domain: String
    var country: String
    var city: String
    var culture: String
    var email: String
    var firstName: String
    var lastName: String
    var relationship: String
    var commerceId: String

    /// The shape of `GET /customers` items: the doc's example carries only these fields.
    var listItem: Customer {
        var customer = Customer(
            id: CustomerID(id),
            companyProfile: CompanyProfile(tenantId: id, domain: domain, companyName: companyName),
            relationshipToPartner: relationship)
        customer.links = ResourceLinks(selfLink: Link(uri: "/customers/\(id)"))
        return customer
    }

    /// The shape of `GET /customers/{id}`.
    var detail: Customer {
        let address = Address(country: country, city: city, addressLine1: "1 Sandbox Way", postalCode: "00000")
        var customer = Customer(
            id: CustomerID(id),
            companyProfile: CompanyProfile(
                tenantId: id, domain: domain, companyName: companyName, address: address, email: email),
            billingProfile: BillingProfile(
                id: commerceId, firstName: firstName, lastName: lastName, email: email, culture: culture,
                language: String(culture.prefix(2)), companyName: companyName, defaultAddress: address),
            relationshipToPartner: relationship, commerceId: commerceId)
        customer.allowDelegatedAccess = true
        customer.customDomains = [domain]
        customer.links = ResourceLinks(selfLink: Link(uri: "/customers/\(id)"))
        return customer
    }
}
