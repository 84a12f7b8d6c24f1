/// An Azure region a reservation SKU is sold for: `armRegionName` and the display name the catalog uses
/// in titles and `dynamicAttributes.region` (e.g. `eastus` / `US East`).
struct CatalogRegion: Sendable, Hashable {
    /// How widely families are deployed: 0 flagship (GPU, HPC, M-series), 1 large, 2 everything else.
    enum Tier: Int, Sendable, Comparable {
        case flagship = 0, large, standard
        static func < (lhs: Tier, rhs: Tier) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    let armName: String
    let displayName: String
    let tier: Tier
    /// Price relative to US East.
    let priceFactor: Double

    /// The sandbox's "Global" pseudo-region for products that are not regional (Cosmos DB, Databricks).
    static let global = CatalogRegion(armName: "global", displayName: "Global", tier: .flagship, priceFactor: 1)

    /// 39 real Azure regions with public reservation pricing.
    static let all: [CatalogRegion] = [
        CatalogRegion(armName: "eastus", displayName: "US East", tier: .flagship, priceFactor: 1.00),
        CatalogRegion(armName: "eastus2", displayName: "US East 2", tier: .flagship, priceFactor: 1.00),
        CatalogRegion(armName: "centralus", displayName: "US Central", tier: .large, priceFactor: 1.04),
        CatalogRegion(armName: "northcentralus", displayName: "US North Central", tier: .large, priceFactor: 1.04),
        CatalogRegion(armName: "southcentralus", displayName: "US South Central", tier: .flagship, priceFactor: 1.02),
        CatalogRegion(armName: "westcentralus", displayName: "US West Central", tier: .standard, priceFactor: 1.06),
        CatalogRegion(armName: "westus", displayName: "US West", tier: .large, priceFactor: 1.05),
        CatalogRegion(armName: "westus2", displayName: "US West 2", tier: .flagship, priceFactor: 1.00),
        CatalogRegion(armName: "westus3", displayName: "US West 3", tier: .large, priceFactor: 1.00),
        CatalogRegion(armName: "canadacentral", displayName: "CA Central", tier: .large, priceFactor: 1.10),
        CatalogRegion(armName: "canadaeast", displayName: "CA East", tier: .standard, priceFactor: 1.10),
        CatalogRegion(armName: "brazilsouth", displayName: "BR South", tier: .standard, priceFactor: 1.45),
        CatalogRegion(armName: "northeurope", displayName: "EU North", tier: .flagship, priceFactor: 1.07),
        CatalogRegion(armName: "westeurope", displayName: "EU West", tier: .flagship, priceFactor: 1.12),
        CatalogRegion(armName: "uksouth", displayName: "UK South", tier: .flagship, priceFactor: 1.13),
        CatalogRegion(armName: "ukwest", displayName: "UK West", tier: .standard, priceFactor: 1.15),
        CatalogRegion(armName: "francecentral", displayName: "FR Central", tier: .large, priceFactor: 1.14),
        CatalogRegion(armName: "germanywestcentral", displayName: "DE West Central", tier: .large, priceFactor: 1.14),
        CatalogRegion(armName: "switzerlandnorth", displayName: "CH North", tier: .large, priceFactor: 1.25),
        CatalogRegion(armName: "norwayeast", displayName: "NO East", tier: .standard, priceFactor: 1.20),
        CatalogRegion(armName: "swedencentral", displayName: "SE Central", tier: .large, priceFactor: 1.06),
        CatalogRegion(armName: "polandcentral", displayName: "PL Central", tier: .standard, priceFactor: 1.12),
        CatalogRegion(armName: "italynorth", displayName: "IT North", tier: .standard, priceFactor: 1.14),
        CatalogRegion(armName: "eastasia", displayName: "AP East", tier: .large, priceFactor: 1.28),
        CatalogRegion(armName: "southeastasia", displayName: "AP Southeast", tier: .flagship, priceFactor: 1.15),
        CatalogRegion(armName: "japaneast", displayName: "JA East", tier: .flagship, priceFactor: 1.22),
        CatalogRegion(armName: "japanwest", displayName: "JA West", tier: .standard, priceFactor: 1.24),
        CatalogRegion(armName: "koreacentral", displayName: "KR Central", tier: .large, priceFactor: 1.16),
        CatalogRegion(armName: "koreasouth", displayName: "KR South", tier: .standard, priceFactor: 1.12),
        CatalogRegion(armName: "centralindia", displayName: "IN Central", tier: .large, priceFactor: 1.03),
        CatalogRegion(armName: "southindia", displayName: "IN South", tier: .standard, priceFactor: 1.08),
        CatalogRegion(armName: "westindia", displayName: "IN West", tier: .standard, priceFactor: 1.10),
        CatalogRegion(armName: "australiaeast", displayName: "AU East", tier: .flagship, priceFactor: 1.20),
        CatalogRegion(armName: "australiasoutheast", displayName: "AU Southeast", tier: .standard, priceFactor: 1.20),
        CatalogRegion(armName: "australiacentral", displayName: "AU Central", tier: .standard, priceFactor: 1.25),
        CatalogRegion(armName: "uaenorth", displayName: "AE North", tier: .large, priceFactor: 1.22),
        CatalogRegion(armName: "southafricanorth", displayName: "ZA North", tier: .standard, priceFactor: 1.30),
        CatalogRegion(armName: "qatarcentral", displayName: "QA Central", tier: .standard, priceFactor: 1.25),
        CatalogRegion(armName: "israelcentral", displayName: "IL Central", tier: .standard, priceFactor: 1.22),
    ]

    /// The synthetic copy `copy` (1, 2, …) of this region, used only by scale settings above 1 so that benchmarks
    /// get 100,000+ SKUs: `eastus` becomes `eastusx1` / "US East X1". Copy 0 is the region itself.
    func synthetic(copy: Int) -> CatalogRegion {
        guard copy > 0 else { return self }
        return CatalogRegion(
            armName: "\(armName)x\(copy)", displayName: "\(displayName) X\(copy)", tier: tier, priceFactor: priceFactor)
    }
}
