/// A SKU of a product (§4.1): for reservations, one size in one region for one duration, e.g.
/// "Reserved VM Instance, Standard_D2s_v5, US East, 1 Year". Its `id` is unique only within the product.
///
/// Quantities may arrive as strings, billing cycles in any spelling, and `dynamicAttributes` values as
/// numbers or strings; all decode. `id` and `productId` are required.
public struct SKU: Codable, Hashable, Sendable, Identifiable {
    public var id: SKUID
    public var productID: ProductID
    public var title: String
    public var description: String?
    public var minimumQuantity: Int?
    public var maximumQuantity: Int?
    public var isTrial: Bool?
    /// `one_time` for reservations.
    public var supportedBillingCycles: [BillingCycle]
    /// Always `AzureSubscriptionRegistration` for reservations; `InventoryCheck` when inventory must be checked.
    public var purchasePrerequisites: [PurchasePrerequisite]
    /// Names of the `inventoryContext` keys a check needs: `CustomerId`, `AzureSubscriptionId`, `ArmRegionName`.
    public var inventoryVariables: [String]
    /// Names of the cart line's `provisioningContext` keys: `Scope`, `SubscriptionId`, `Duration`.
    public var provisioningVariables: [String]
    /// Free-form attributes (`armSkuName`, `armRegionName`, `region`, `duration`, `cores`, `ram`, …), as text.
    public var dynamicAttributes: [String: String]
    public var actions: [String]?
    public var consumptionType: String?
    public var termsOfUseUri: String?
    public var links: CatalogLinks?
    public var attributes: ResourceAttributes?

    public init(
        id: SKUID, productID: ProductID, title: String, description: String? = nil, minimumQuantity: Int? = 1,
        maximumQuantity: Int? = nil, isTrial: Bool? = false, supportedBillingCycles: [BillingCycle] = [.oneTime],
        purchasePrerequisites: [PurchasePrerequisite] = [.azureSubscriptionRegistration],
        inventoryVariables: [String] = [], provisioningVariables: [String] = [], dynamicAttributes: [String: String] = [:],
        links: CatalogLinks? = nil
    ) {
        self.id = id
        self.productID = productID
        self.title = title
        self.description = description
        self.minimumQuantity = minimumQuantity
        self.maximumQuantity = maximumQuantity
        self.isTrial = isTrial
        self.supportedBillingCycles = supportedBillingCycles
        self.purchasePrerequisites = purchasePrerequisites
        self.inventoryVariables = inventoryVariables
        self.provisioningVariables = provisioningVariables
        self.dynamicAttributes = dynamicAttributes
        self.links = links
        self.attributes = ResourceAttributes(objectType: "Sku")
    }

    private enum CodingKeys: String, CodingKey {
        case id
        case productID = "productId"
        case title, description, minimumQuantity, maximumQuantity, isTrial, supportedBillingCycles
        case purchasePrerequisites, inventoryVariables, provisioningVariables, dynamicAttributes, actions
        case consumptionType, termsOfUseUri, links, attributes
    }

    public init(from decoder: any Decoder) throws {
        try self.init(from: decoder, catalogFieldsOnly: false)
    }

    /// `catalogFieldsOnly` leaves out what the catalog never reads (description, links, actions, consumption
    /// type, terms-of-use link, attributes): a 100,000-SKU catalog spends most of its load decoding, and each of
    /// those nested objects costs the decoder a dictionary per SKU.
    init(from decoder: any Decoder, catalogFieldsOnly: Bool) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(SKUID.self, forKey: .id)
        productID = try container.decode(ProductID.self, forKey: .productID)
        title = try container.decodeIfPresent(String.self, forKey: .title) ?? ""
        minimumQuantity = try container.read(WireCount.self, forKey: .minimumQuantity)
        maximumQuantity = try container.read(WireCount.self, forKey: .maximumQuantity)
        isTrial = try container.decodeIfPresent(Bool.self, forKey: .isTrial)
        supportedBillingCycles = try container.decodeIfPresent([BillingCycle].self, forKey: .supportedBillingCycles) ?? []
        purchasePrerequisites =
            try container.decodeIfPresent([PurchasePrerequisite].self, forKey: .purchasePrerequisites) ?? []
        inventoryVariables = try container.decodeIfPresent([String].self, forKey: .inventoryVariables) ?? []
        provisioningVariables = try container.decodeIfPresent([String].self, forKey: .provisioningVariables) ?? []
        dynamicAttributes = try container.read(WireTextMap.self, forKey: .dynamicAttributes) ?? [:]
        guard !catalogFieldsOnly else { return }
        description = try container.decodeIfPresent(String.self, forKey: .description)
        actions = try container.decodeIfPresent([String].self, forKey: .actions)
        consumptionType = try container.decodeIfPresent(String.self, forKey: .consumptionType)
        termsOfUseUri = try container.decodeIfPresent(String.self, forKey: .termsOfUseUri)
        links = try container.decodeIfPresent(CatalogLinks.self, forKey: .links)
        attributes = try container.decodeIfPresent(ResourceAttributes.self, forKey: .attributes)
    }
}
