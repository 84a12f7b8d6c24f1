/// A customer of the partner (§4.2). List results carry only `id`, `companyProfile` and
/// `relationshipToPartner`; the by-ID call adds the billing profile with the customer's country.
public struct Customer: Codable, Hashable, Sendable, Identifiable {
    public var id: CustomerID
    public var commerceId: String?
    public var companyProfile: CompanyProfile
    public var billingProfile: BillingProfile?
    public var relationshipToPartner: String?
    public var allowDelegatedAccess: Bool?
    public var customDomains: [String]?
    public var associatedPartnerId: String?
    public var links: ResourceLinks?
    public var attributes: ResourceAttributes?

    public init(
        id: CustomerID, companyProfile: CompanyProfile, billingProfile: BillingProfile? = nil,
        relationshipToPartner: String? = "reseller", commerceId: String? = nil
    ) {
        self.id = id
        self.companyProfile = companyProfile
        self.billingProfile = billingProfile
        self.relationshipToPartner = relationshipToPartner
        self.commerceId = commerceId
        self.attributes = ResourceAttributes(objectType: "Customer")
    }

    /// The display name: the company name, or the domain when a tenant has no company name.
    public var name: String {
        companyProfile.companyName.flatMap { $0.isEmpty ? nil : $0 } ?? companyProfile.domain ?? id.rawValue
    }

    /// The two-letter Partner Center country code, from the billing address or the company address.
    public var countryCode: String? {
        (billingProfile?.defaultAddress?.country ?? companyProfile.address?.country)?.uppercased()
    }
}

/// The customer's company: tenant, domain and name.
public struct CompanyProfile: Codable, Hashable, Sendable {
    public var tenantId: String?
    public var domain: String?
    public var companyName: String?
    public var address: Address?
    public var email: String?

    public init(tenantId: String?, domain: String?, companyName: String?, address: Address? = nil, email: String? = nil) {
        self.tenantId = tenantId
        self.domain = domain
        self.companyName = companyName
        self.address = address
        self.email = email
    }
}

/// Who is billed, and where: its `defaultAddress.country` is the customer's market.
public struct BillingProfile: Codable, Hashable, Sendable {
    public var id: String?
    public var firstName: String?
    public var lastName: String?
    public var email: String?
    public var culture: String?
    public var language: String?
    public var companyName: String?
    public var defaultAddress: Address?

    public init(
        id: String? = nil, firstName: String? = nil, lastName: String? = nil, email: String? = nil,
        culture: String? = nil, language: String? = nil, companyName: String? = nil, defaultAddress: Address? = nil
    ) {
        self.id = id
        self.firstName = firstName
        self.lastName = lastName
        self.email = email
        self.culture = culture
        self.language = language
        self.companyName = companyName
        self.defaultAddress = defaultAddress
    }
}

/// A postal address; `country` is a Partner Center country code.
public struct Address: Codable, Hashable, Sendable {
    public var country: String?
    public var city: String?
    public var state: String?
    public var addressLine1: String?
    public var postalCode: String?

    public init(country: String?, city: String? = nil, state: String? = nil, addressLine1: String? = nil, postalCode: String? = nil) {
        self.country = country
        self.city = city
        self.state = state
        self.addressLine1 = addressLine1
        self.postalCode = postalCode
    }
}
