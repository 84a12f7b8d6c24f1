import PartnerCenter

// MARK: - Inventory check (op 10)

extension SandboxCatalog {
    /// Answers an inventory check in `country`: one item per known target, nothing for unknown products or SKUs
    /// (they are silently left out, as the service does). A target without a SKU ID stands for every SKU of the
    /// product in the context's `armRegionName` (every SKU when the context names no region).
    ///
    /// SKUs that require an inventory check are restricted in about a quarter of their regions (fixed per size and
    /// region); the restriction has the documented `Location` shape.
    public func checkInventory(_ request: InventoryCheckRequest, country: String) -> [InventoryItem] {
        let country = country.uppercased()
        let contextRegion = request.inventoryContext.first { $0.key.lowercased() == "armregionname" }?.value.lowercased()
        var items: [InventoryItem] = []
        for target in request.targetItems {
            guard let index = productPosition(id: target.productID.rawValue, country: country) else { continue }
            let product = products[index]
            let skus = skuRecords(product: index)
            let records: [CatalogSKURecord]
            if let skuID = target.skuID {
                guard let record = skus.record(id: skuID.rawValue) else { continue }
                records = [record]
            } else if let contextRegion {
                records = skus.records.filter { $0.region.armName == contextRegion }
            } else {
                records = skus.records
            }
            for record in records {
                let restricted = product.family.requiresInventoryCheck && record.isRestricted
                let restrictions =
                    restricted
                    ? [
                        InventoryRestriction(
                            reasonCode: "NotAvailableForSubscription",
                            description: "Restriction identified of type 'Location' with values '\(record.region.armName)'.",
                            properties: ["type": "Location", "values": record.region.armName])
                    ] : []
                items.append(
                    InventoryItem(
                        productID: ProductID(product.id), skuID: SKUID(record.id), isRestricted: restricted,
                        restrictions: restrictions))
            }
        }
        return items
    }
}
