/// The body of `POST /extensions/product/checkInventory` (§3.3 op 10): which items to check, and the
/// context named by the SKUs' `inventoryVariables`.
///
/// ```swift
/// let request = InventoryCheckRequest(
///     targetItems: [.init(productID: sku.productID, skuID: sku.id)],
///     customerID: customer.id, azureSubscriptionID: "…", armRegionName: sku.armRegionName)
/// let items = try await client.extensions.checkInventory(request, country: "US")
/// ```
public struct InventoryCheckRequest: Codable, Hashable, Sendable {
    /// One item to check; without `skuID` every SKU of the product is checked.
    public struct Target: Codable, Hashable, Sendable {
        public var productID: ProductID
        public var skuID: SKUID?

        public init(productID: ProductID, skuID: SKUID? = nil) {
            self.productID = productID
            self.skuID = skuID
        }

        private enum CodingKeys: String, CodingKey {
            case productID = "productId"
            case skuID = "skuId"
        }
    }

    public var targetItems: [Target]
    /// Keys in camelCase: `customerId`, `azureSubscriptionId`, `armRegionName`.
    public var inventoryContext: [String: String]

    public init(targetItems: [Target], inventoryContext: [String: String]) {
        self.targetItems = targetItems
        self.inventoryContext = inventoryContext
    }

    private enum CodingKeys: String, CodingKey { case targetItems, inventoryContext }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        targetItems = try container.decode([Target].self, forKey: .targetItems)
        inventoryContext = try container.decodeIfPresent([String: String].self, forKey: .inventoryContext) ?? [:]
    }

    /// A request with the three documented context keys; nil values are left out.
    public init(targetItems: [Target], customerID: CustomerID?, azureSubscriptionID: String?, armRegionName: String?) {
        var context: [String: String] = [:]
        context["customerId"] = customerID?.rawValue
        context["azureSubscriptionId"] = azureSubscriptionID
        context["armRegionName"] = armRegionName
        self.init(targetItems: targetItems, inventoryContext: context)
    }
}
