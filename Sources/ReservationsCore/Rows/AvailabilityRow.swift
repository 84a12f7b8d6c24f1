import PartnerCenter

/// One availability of a SKU (what a cart line buys) as the catalog's details and the cart's line form show it.
public struct AvailabilityRow: Equatable, Sendable {
    public var catalogItemID: CatalogItemID
    public var terms: [Term]
    /// The currency it is sold in, when the service says.
    public var currencyCode: String?

    public init(_ availability: Availability) {
        catalogItemID = availability.catalogItemID
        terms = availability.terms.map { Term(duration: $0.duration, description: $0.description) }
        currencyCode = availability.defaultCurrency?.code
    }

    /// A term on sale: `P1Y`, `P3Y`, with the service's description.
    public struct Term: Equatable, Sendable {
        public var duration: String
        public var description: String?
    }
}
