import PartnerCenter

/// A reservation product: a family of sizes sold per region and duration. The catalog makes one SKU per
/// (size, region, duration) and one availability per SKU, country and scope.
struct CatalogFamily: Sendable {
    /// Stable key the product ID is derived from; never shown.
    let key: String
    let title: String
    let description: String
    /// `productType.subType.id`, e.g. `VirtualMachines`.
    let subType: String
    let subTypeDisplayName: String
    /// The narrow view listing this family besides `AzureReservations`, if any.
    let view: CatalogView?
    /// First part of SKU titles: "Reserved VM Instance" → "Reserved VM Instance, Standard_D2s_v5, US East, 1 Year".
    let skuTitlePrefix: String
    /// `dynamicAttributes.category`.
    let category: String
    /// `dynamicAttributes.diskType`, for VM families.
    let diskType: String?
    let sizes: [CatalogSize]
    /// Regions up to this tier sell the family; nil for a global (non-regional) family.
    let regionTier: CatalogRegion.Tier?
    /// Adds `InventoryCheck` to `purchasePrerequisites` (GPU, HPC and very large families).
    let requiresInventoryCheck: Bool
    let maximumQuantity: Int

    /// Whether the family is sold per region rather than globally.
    var isRegional: Bool { regionTier != nil }
}
