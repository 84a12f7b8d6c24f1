import Foundation

extension PartnerCenterClient {
    /// `/extensions`: catalog extensions such as the inventory check.
    public var extensions: ExtensionsResource { ExtensionsResource(client: self) }
}

/// `/extensions/product` (operation 10).
public struct ExtensionsResource: Sendable {
    let client: PartnerCenterClient

    /// Checks inventory for SKUs whose `purchasePrerequisites` contain `InventoryCheck` (operation 10).
    ///
    /// The answer is a bare JSON array, not a collection; items unknown to the catalog are left out.
    /// - Parameters:
    ///   - request: the items and the context named by the SKUs' `inventoryVariables`.
    ///   - country: two-letter Partner Center country code.
    /// - Returns: one item per known target (per SKU of the product when a target has no SKU ID).
    public func checkInventory(_ request: InventoryCheckRequest, country: String) async throws -> [InventoryItem] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let body = try encoder.encode(request)
        return try await client.send(
            APIRequest(
                operation: "check inventory", method: "POST", path: "/extensions/product/checkInventory",
                query: [URLQueryItem(name: "country", value: country)], body: body),
            as: [InventoryItem].self)
    }
}
