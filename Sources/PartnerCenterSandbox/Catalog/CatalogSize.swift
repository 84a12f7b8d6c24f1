/// One size of a reservation family: a VM size, a SQL tier, a Cosmos DB throughput block…
struct CatalogSize: Sendable, Hashable {
    /// `dynamicAttributes.armSkuName`, e.g. `Standard_D2s_v5`.
    let armSkuName: String
    /// `dynamicAttributes.skuDisplayName`, e.g. `D2s v5`.
    let displayName: String
    let cores: Double?
    let ramGB: Double?
    /// The pay-as-you-go price of one unit per hour in USD in US East, before the reservation discount.
    let hourlyUSD: Double

    /// A VM size priced per core and per GB of memory.
    static func vm(_ name: String, cores: Double, ram: Double, perCore: Double, perGB: Double) -> CatalogSize {
        let display = name.replacingOccurrences(of: "Standard_", with: "").replacingOccurrences(of: "_", with: " ")
        return CatalogSize(
            armSkuName: name, displayName: display, cores: cores, ramGB: ram, hourlyUSD: cores * perCore + ram * perGB)
    }
}
