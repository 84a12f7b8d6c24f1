import CSV
import Foundation
import PartnerCenter

// MARK: - Price sheet (§10)

extension SandboxCatalog {
    /// Every SKU and term of `market` with its partner price (CSP discount included), in catalog order.
    /// Empty where reservations are not sold.
    public func priceSheetEntries(market: String) -> [PriceSheetEntry] { priceRows(market: market).map(\.entry) }

    /// The entries with the display region of each, for the CSV's `Region` column.
    private func priceRows(market: String) -> [(entry: PriceSheetEntry, region: String)] {
        let market = market.uppercased()
        guard CatalogMarkets.sellsReservations(in: market) else { return [] }
        let currency = CatalogMarkets.currency(for: market).code
        var entries: [(entry: PriceSheetEntry, region: String)] = []
        for (index, product) in products.enumerated() {
            let family = product.family
            for record in skuRecords(product: index).records {
                let size = family.sizes[record.sizeIndex]
                entries.append((
                    PriceSheetEntry(
                        productID: ProductID(product.id), skuID: SKUID(record.id), termDuration: record.termDuration,
                        unitPrice: unitPrice(family, record, currencyCode: currency), currencyCode: currency,
                        market: market, productTitle: family.title,
                        skuTitle: "\(family.skuTitlePrefix), \(size.armSkuName), \(record.region.displayName), \(record.durationTitle)",
                        unitOfMeasure: family.view == .azureReservationsVM ? "1 Instance" : "1 Unit",
                        armSkuName: size.armSkuName, armRegionName: record.region.armName),
                    record.region.displayName))
            }
        }
        return entries
    }

    /// The `azure_reservations` sheet of `market` as CSV with the columns of `PriceSheetCSV.columns` (written once
    /// per market and kept). Only a header row where reservations are not sold.
    /// - Throws: `CSVError` if the in-memory stream cannot be written (not expected).
    public func priceSheetCSV(market: String) throws -> Data {
        let market = market.uppercased()
        return try cache.priceSheet(market: market) {
            let stream = ByteSinkStream()
            stream.open()
            let writer = try CSVWriter(stream: stream, newline: .crlf)
            try writer.write(row: PriceSheetCSV.columns)
            for (entry, region) in priceRows(market: market) {
                let values: [String: String] = [
                    "ProductId": entry.productID.rawValue, "SkuId": entry.skuID.rawValue,
                    "ProductTitle": entry.productTitle ?? "", "SkuTitle": entry.skuTitle ?? "",
                    "SkuDescription": entry.skuTitle ?? "", "Publisher": "Microsoft Corporation",
                    "ArmSkuName": entry.armSkuName ?? "", "ArmRegionName": entry.armRegionName ?? "",
                    "Region": region, "TermDuration": entry.termDuration, "BillingPlan": "Upfront", "Market": entry.market,
                    "Currency": entry.currencyCode, "UnitPrice": "\(entry.unitPrice)",
                    "UnitOfMeasure": entry.unitOfMeasure ?? "", "EffectiveStartDate": "2025-01-01T00:00:00Z",
                    "EffectiveEndDate": "9999-12-31T23:59:59Z",
                ]
                try writer.write(row: PriceSheetCSV.columns.map { values[$0] ?? "" })
            }
            stream.close()
            return Data(stream.bytes)
        }
    }
}
