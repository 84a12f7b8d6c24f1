import Foundation

// MARK: - Reservation attributes

extension SKU {
    /// The ARM size name, e.g. `Standard_D2s_v5` (`dynamicAttributes.armSkuName`).
    public var armSkuName: String? { attribute("armSkuName") }
    /// The ARM region, e.g. `eastus`; an inventory check's `armRegionName` must equal it.
    public var armRegionName: String? { attribute("armRegionName") }
    /// The display region, e.g. `US East`.
    public var region: String? { attribute("region") }
    /// `1Year` or `3Years`: copy it verbatim into `provisioningContext.duration` (§8.7).
    public var duration: String? { attribute("duration") }
    /// The short display name, e.g. `D2s v5`.
    public var skuDisplayName: String? { attribute("skuDisplayName") }
    /// e.g. `General purpose`, `GPU`.
    public var category: String? { attribute("category") }
    /// e.g. `Premium SSD`, `Hdd`.
    public var diskType: String? { attribute("diskType") }
    /// Virtual CPU cores, when the SKU states them.
    public var cores: Int? { attribute("cores").flatMap { Int($0) ?? Double($0).flatMap { Int(exactly: $0) } } }
    /// Memory in GB, when the SKU states it.
    public var ramGB: Double? { attribute("ram").flatMap { Double($0) } }

    /// True when `purchasePrerequisites` contains `InventoryCheck`: run `checkInventory` before buying (§8.5).
    public var requiresInventoryCheck: Bool { purchasePrerequisites.contains(.inventoryCheck) }

    /// The ISO term that matches `duration` (`1Year` → `P1Y`, `3Years` → `P3Y`), or nil when there is none.
    public var termDuration: String? {
        guard let duration else { return nil }
        let digits = duration.prefix { $0.isNumber }
        guard let years = Int(digits), years > 0 else { return nil }
        let unit = duration.dropFirst(digits.count).lowercased()
        guard unit.hasPrefix("year") else { return nil }
        return "P\(years)Y"
    }

    /// A dynamic attribute by name; names compare case-insensitively, blank values read as nil.
    public func attribute(_ name: String) -> String? {
        let value = dynamicAttributes[name]
            ?? dynamicAttributes.first {
                $0.key.utf8.count == name.utf8.count && $0.key.caseInsensitiveCompare(name) == .orderedSame
            }?.value
        // Looks for one non-blank scalar instead of trimming: a catalog load asks this about a million times.
        guard let value, value.unicodeScalars.contains(where: { !CharacterSet.whitespaces.contains($0) }) else { return nil }
        return value
    }
}
