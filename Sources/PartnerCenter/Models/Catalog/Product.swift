/// A catalog product (§4.1), such as the Dsv5 family of reserved VM instances.
public struct Product: Codable, Hashable, Sendable, Identifiable {
    public var id: ProductID
    @WireOr<WireDecoded<String>> public var title: String
    public var description: String?
    /// `Azure` with a sub-type such as `VirtualMachines` for reservations.
    public var productType: ItemType?
    public var isMicrosoftProduct: Bool?
    public var publisherName: String?
    public var links: CatalogLinks?
    public var attributes: ResourceAttributes?

    public init(
        id: ProductID, title: String, description: String? = nil, productType: ItemType? = nil,
        isMicrosoftProduct: Bool? = true, publisherName: String? = "Microsoft Corporation", links: CatalogLinks? = nil
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.productType = productType
        self.isMicrosoftProduct = isMicrosoftProduct
        self.publisherName = publisherName
        self.links = links
        self.attributes = ResourceAttributes(objectType: "Product")
    }

    /// The product's sub-type ID, e.g. `VirtualMachines`, `SqlDatabases`, `CosmosDb`.
    public var subTypeID: String? { productType?.subType?.id }
}
