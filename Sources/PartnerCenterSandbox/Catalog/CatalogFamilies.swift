import PartnerCenter

/// The sandbox's reservation products. VM sizes, cores and memory follow Azure's published sizes; prices are
/// plausible, not Microsoft's.
enum CatalogFamilies {
    static let all: [CatalogFamily] = virtualMachines + databases + others

    /// `5000` → `5,000`, the same on every machine (no locale).
    static func grouped(_ value: Int) -> String {
        let digits = Array(String(value))
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return text
    }

    // MARK: - Virtual machines

    private static func vmFamily(
        _ key: String, series: String, category: String, tier: CatalogRegion.Tier, inventoryCheck: Bool = false,
        maximumQuantity: Int = 999_999_999, diskType: String = "Ssd", perCore: Double, perGB: Double,
        _ sizes: [(String, Double, Double)]
    ) -> CatalogFamily {
        CatalogFamily(
            key: "vm.\(key)", title: "Reserved VM Instances, \(series) Series",
            description: "Reserve \(series) series virtual machines for one or three years and pay once.",
            subType: "VirtualMachines", subTypeDisplayName: "Virtual Machines", view: .azureReservationsVM,
            skuTitlePrefix: "Reserved VM Instance", category: category, diskType: diskType,
            sizes: sizes.map { CatalogSize.vm($0.0, cores: $0.1, ram: $0.2, perCore: perCore, perGB: perGB) },
            regionTier: tier, requiresInventoryCheck: inventoryCheck, maximumQuantity: maximumQuantity)
    }

    /// `Standard_<prefix><n><suffix>` for each core count, with memory = cores × ratio.
    private static func ladder(
        _ prefix: String, _ suffix: String, cores: [Double], ratio: Double, cap: Double = .infinity
    ) -> [(String, Double, Double)] {
        cores.map { ("Standard_\(prefix)\(Int($0))\(suffix)", $0, Swift.min($0 * ratio, cap)) }
    }

    static let virtualMachines: [CatalogFamily] = [
        vmFamily(
            "bs", series: "Bs", category: "General purpose", tier: .standard, perCore: 0.0052, perGB: 0.0052,
            [
                ("Standard_B1ls", 1, 0.5), ("Standard_B1s", 1, 1), ("Standard_B1ms", 1, 2), ("Standard_B2s", 2, 4),
                ("Standard_B2ms", 2, 8), ("Standard_B4ms", 4, 16), ("Standard_B8ms", 8, 32), ("Standard_B12ms", 12, 48),
                ("Standard_B16ms", 16, 64), ("Standard_B20ms", 20, 80),
            ]),
        vmFamily(
            "dsv5", series: "Dsv5", category: "General purpose", tier: .standard, perCore: 0.024, perGB: 0.006,
            ladder("D", "s_v5", cores: [2, 4, 8, 16, 32, 48, 64, 96], ratio: 4)),
        vmFamily(
            "dasv5", series: "Dasv5", category: "General purpose", tier: .standard, perCore: 0.0216, perGB: 0.0054,
            ladder("D", "as_v5", cores: [2, 4, 8, 16, 32, 48, 64, 96], ratio: 4)),
        vmFamily(
            "ddsv5", series: "Ddsv5", category: "General purpose", tier: .standard, perCore: 0.0283, perGB: 0.0071,
            ladder("D", "ds_v5", cores: [2, 4, 8, 16, 32, 48, 64, 96], ratio: 4)),
        vmFamily(
            "esv5", series: "Esv5", category: "Memory optimized", tier: .standard, perCore: 0.024, perGB: 0.00488,
            ladder("E", "s_v5", cores: [2, 4, 8, 16, 20, 32, 48, 64, 96], ratio: 8, cap: 672)
                + [("Standard_E104is_v5", 104, 672)]),
        vmFamily(
            "easv5", series: "Easv5", category: "Memory optimized", tier: .standard, perCore: 0.0216, perGB: 0.0044,
            ladder("E", "as_v5", cores: [2, 4, 8, 16, 20, 32, 48, 64, 96], ratio: 8, cap: 672)),
        vmFamily(
            "fsv2", series: "Fsv2", category: "Compute optimized", tier: .standard, perCore: 0.0338, perGB: 0.0021,
            ladder("F", "s_v2", cores: [2, 4, 8, 16, 32, 48, 64, 72], ratio: 2)),
        vmFamily(
            "lsv3", series: "Lsv3", category: "Storage optimized", tier: .large, maximumQuantity: 100, diskType: "Nvme",
            perCore: 0.05, perGB: 0.0035, ladder("L", "s_v3", cores: [8, 16, 32, 48, 64, 80], ratio: 8)),
        vmFamily(
            "ncv3", series: "NCv3", category: "GPU", tier: .flagship, inventoryCheck: true, maximumQuantity: 50,
            perCore: 0.2, perGB: 0.0166,
            [
                ("Standard_NC6s_v3", 6, 112), ("Standard_NC12s_v3", 12, 224), ("Standard_NC24s_v3", 24, 448),
                ("Standard_NC24rs_v3", 24, 448),
            ]),
        vmFamily(
            "ncast4v3", series: "NCasT4_v3", category: "GPU", tier: .flagship, inventoryCheck: true, maximumQuantity: 50,
            perCore: 0.08, perGB: 0.0074,
            [
                ("Standard_NC4as_T4_v3", 4, 28), ("Standard_NC8as_T4_v3", 8, 56), ("Standard_NC16as_T4_v3", 16, 110),
                ("Standard_NC64as_T4_v3", 64, 440),
            ]),
        vmFamily(
            "nvv4", series: "NVv4", category: "GPU", tier: .large, inventoryCheck: true, maximumQuantity: 50,
            perCore: 0.04, perGB: 0.0036,
            [
                ("Standard_NV4as_v4", 4, 14), ("Standard_NV8as_v4", 8, 28), ("Standard_NV16as_v4", 16, 56),
                ("Standard_NV32as_v4", 32, 112),
            ]),
        vmFamily(
            "mv2", series: "Mv2", category: "Memory optimized", tier: .large, inventoryCheck: true, maximumQuantity: 10,
            perCore: 0.06, perGB: 0.005,
            [
                ("Standard_M208s_v2", 208, 2850), ("Standard_M208ms_v2", 208, 5700), ("Standard_M416s_v2", 416, 5700),
                ("Standard_M416ms_v2", 416, 11400),
            ]),
        vmFamily(
            "hbv3", series: "HBv3", category: "High performance compute", tier: .flagship, inventoryCheck: true,
            maximumQuantity: 20, perCore: 0.02, perGB: 0.0027,
            [
                ("Standard_HB120rs_v3", 120, 448), ("Standard_HB120-96rs_v3", 96, 448), ("Standard_HB120-64rs_v3", 64, 448),
                ("Standard_HB120-32rs_v3", 32, 448), ("Standard_HB120-16rs_v3", 16, 448),
            ]),
    ]

    // MARK: - Databases

    private static func sqlFamily(_ key: String, title: String, hourly: Double) -> CatalogFamily {
        CatalogFamily(
            key: "sql.\(key)", title: title,
            description: "Reserved vCores for \(title). Buy the number of vCores to cover.",
            subType: "SqlDatabases", subTypeDisplayName: "SQL Databases", view: .azureReservationsSQL,
            skuTitlePrefix: title, category: "SQL Database", diskType: nil,
            sizes: [CatalogSize(armSkuName: "SQLDB_\(key.uppercased())_Compute_Gen5", displayName: "1 vCore", cores: 1, ramGB: 5.1, hourlyUSD: hourly)],
            regionTier: .standard, requiresInventoryCheck: false, maximumQuantity: 10_000)
    }

    static let databases: [CatalogFamily] = [
        sqlFamily("gp", title: "SQL Database Single/Elastic Pool General Purpose - Compute Gen5", hourly: 0.2522),
        sqlFamily("bc", title: "SQL Database Single/Elastic Pool Business Critical - Compute Gen5", hourly: 0.6807),
        sqlFamily("hs", title: "SQL Database Single/Elastic Pool Hyperscale - Compute Gen5", hourly: 0.1825),
        sqlFamily("migp", title: "SQL Managed Instance General Purpose - Compute Gen5", hourly: 0.2522),
        sqlFamily("mibc", title: "SQL Managed Instance Business Critical - Compute Gen5", hourly: 0.6807),
        CatalogFamily(
            key: "cosmos", title: "Azure Cosmos DB reserved capacity",
            description: "Reserved throughput for Azure Cosmos DB, in request units per second, for all regions.",
            subType: "CosmosDb", subTypeDisplayName: "Cosmos DB", view: .azureReservationsCosmosDB,
            skuTitlePrefix: "Azure Cosmos DB reserved capacity", category: "Cosmos DB", diskType: nil,
            sizes: [
                ("100", 100.0), ("5000", 5_000), ("50000", 50_000), ("500000", 500_000), ("3000000", 3_000_000),
            ].map { name, units in
                CatalogSize(
                    armSkuName: "Cosmos_DB_\(name)_RUs", displayName: "\(grouped(Int(units))) RU/s", cores: nil,
                    ramGB: nil, hourlyUSD: units / 100 * 0.008)
            },
            regionTier: nil, requiresInventoryCheck: false, maximumQuantity: 100),
    ]

    // MARK: - Storage, app platform, analytics

    static let others: [CatalogFamily] = [
        CatalogFamily(
            key: "storage.blob", title: "Azure Storage reserved capacity",
            description: "Reserved block blob capacity in 100 TB and 1 PB blocks.",
            subType: "Storage", subTypeDisplayName: "Storage", view: nil, skuTitlePrefix: "Azure Storage reserved capacity",
            category: "Storage", diskType: nil,
            sizes: [
                ("Hot_LRS_100TB", "Hot LRS 100 TB", 2.35), ("Hot_LRS_1PB", "Hot LRS 1 PB", 22.5),
                ("Hot_GRS_100TB", "Hot GRS 100 TB", 4.7), ("Cool_LRS_100TB", "Cool LRS 100 TB", 1.3),
                ("Cool_GRS_100TB", "Cool GRS 100 TB", 2.6), ("Archive_LRS_100TB", "Archive LRS 100 TB", 0.13),
            ].map { CatalogSize(armSkuName: "Blob_\($0.0)", displayName: $0.1, cores: nil, ramGB: nil, hourlyUSD: $0.2) },
            regionTier: .standard, requiresInventoryCheck: false, maximumQuantity: 100),
        CatalogFamily(
            key: "appservice.pv3", title: "App Service Premium v3 reserved instances",
            description: "Reserved App Service Premium v3 and Isolated v2 instances.",
            subType: "AppService", subTypeDisplayName: "App Service", view: nil,
            skuTitlePrefix: "App Service reserved instance", category: "App Service", diskType: nil,
            sizes: [
                ("P0v3", 1.0, 4.0, 0.077), ("P1v3", 2, 8, 0.155), ("P2v3", 4, 16, 0.31), ("P3v3", 8, 32, 0.62),
                ("P1mv3", 2, 16, 0.204), ("P2mv3", 4, 32, 0.408), ("P3mv3", 8, 64, 0.816), ("I1v2", 2, 8, 0.412),
                ("I2v2", 4, 16, 0.824), ("I3v2", 8, 32, 1.648),
            ].map { CatalogSize(armSkuName: $0.0, displayName: $0.0, cores: $0.1, ramGB: $0.2, hourlyUSD: $0.3) },
            regionTier: .standard, requiresInventoryCheck: false, maximumQuantity: 999_999_999),
        CatalogFamily(
            key: "databricks", title: "Azure Databricks pre-purchase plan",
            description: "Databricks commit units (DBCU) bought up front for one or three years.",
            subType: "Databricks", subTypeDisplayName: "Azure Databricks", view: nil,
            skuTitlePrefix: "Azure Databricks pre-purchase", category: "Analytics", diskType: nil,
            sizes: [25_000.0, 50_000, 100_000, 200_000, 350_000, 500_000, 750_000, 1_000_000].map { units in
                CatalogSize(
                    armSkuName: "Databricks_\(Int(units))_DBCU", displayName: "\(grouped(Int(units))) DBCU",
                    cores: nil, ramGB: nil, hourlyUSD: units / 8760 * 0.92)
            },
            regionTier: nil, requiresInventoryCheck: false, maximumQuantity: 1),
        CatalogFamily(
            key: "redis", title: "Azure Cache for Redis reserved capacity",
            description: "Reserved Premium and Enterprise cache nodes.",
            subType: "RedisCache", subTypeDisplayName: "Azure Cache for Redis", view: nil,
            skuTitlePrefix: "Azure Cache for Redis reserved capacity", category: "Cache", diskType: nil,
            sizes: [
                ("Premium_P1", 2.0, 6.0, 0.554), ("Premium_P2", 4, 13, 1.108), ("Premium_P3", 4, 26, 2.216),
                ("Premium_P4", 8, 53, 4.432), ("Premium_P5", 32, 120, 10.1), ("Enterprise_E10", 2, 12, 1.215),
                ("Enterprise_E20", 4, 25, 2.43),
            ].map {
                CatalogSize(
                    armSkuName: $0.0, displayName: $0.0.replacingOccurrences(of: "_", with: " "), cores: $0.1,
                    ramGB: $0.2, hourlyUSD: $0.3)
            },
            regionTier: .large, requiresInventoryCheck: false, maximumQuantity: 100),
        CatalogFamily(
            key: "adx", title: "Azure Data Explorer reserved capacity",
            description: "Reserved Azure Data Explorer markup units (one per vCore of the cluster).",
            subType: "DataExplorer", subTypeDisplayName: "Azure Data Explorer", view: nil,
            skuTitlePrefix: "Azure Data Explorer markup", category: "Analytics", diskType: nil,
            sizes: [CatalogSize(armSkuName: "ADX_Markup_Unit", displayName: "Markup unit", cores: 1, ramGB: nil, hourlyUSD: 0.11)],
            regionTier: .large, requiresInventoryCheck: false, maximumQuantity: 999_999_999),
    ]
}
