import CSV
import Foundation

/// Reads the `azure_reservations` price sheet CSV (§10) into `PriceSheetEntry` rows.
///
/// The column set is UNCONFIRMED in the API reference. This client expects a header row with these names
/// (compared case-insensitively, ignoring spaces and underscores, so `Product Id` and `product_id` match):
///
/// | Column | Required | Meaning |
/// |---|---|---|
/// | `ProductId` | yes | catalog product ID |
/// | `SkuId` | yes | SKU ID within the product |
/// | `TermDuration` (alias `Term`) | yes | ISO 8601 duration, `P1Y`/`P3Y` |
/// | `Currency` (alias `CurrencyCode`) | yes | ISO 4217 code |
/// | `UnitPrice` | yes | partner price for one unit for the whole term, `.` as decimal separator |
/// | `Market` | no | two-letter market; the requested market when absent |
/// | `ProductTitle`, `SkuTitle`, `UnitOfMeasure`, `ArmSkuName`, `ArmRegionName` | no | kept when present |
///
/// Other columns (`SkuDescription`, `Publisher`, `Region`, `EffectiveStartDate`, …) are ignored. A missing
/// required column is `PartnerCenterError.Kind.malformedResponse(field: "<column>")`; so is a row whose
/// required value is empty or not a number (the detail names the row). Blank lines and a UTF-8 byte-order mark
/// are tolerated.
public enum PriceSheetCSV {
    /// The columns the sandbox writes and this reader understands, in order.
    public static let columns = [
        "ProductId", "SkuId", "ProductTitle", "SkuTitle", "SkuDescription", "Publisher", "ArmSkuName", "ArmRegionName",
        "Region", "TermDuration", "BillingPlan", "Market", "Currency", "UnitPrice", "UnitOfMeasure",
        "EffectiveStartDate", "EffectiveEndDate",
    ]

    /// Required columns, each with its accepted aliases.
    static let required: [(name: String, aliases: [String])] = [
        ("ProductId", []), ("SkuId", []), ("TermDuration", ["Term"]), ("Currency", ["CurrencyCode"]), ("UnitPrice", []),
    ]

    /// Parses a price sheet.
    /// - Parameters:
    ///   - data: the CSV bytes (UTF-8).
    ///   - market: the market asked for, used when the sheet has no `Market` column.
    ///   - operation: the operation name for errors.
    /// - Returns: one entry per data row.
    /// - Throws: `PartnerCenterError` with `.malformedResponse(field:)` naming the missing or bad column.
    public static func parse(_ data: Data, market: String, operation: String = "read price sheet") throws -> [PriceSheetEntry] {
        func malformed(_ field: String, _ detail: String) -> PartnerCenterError {
            PartnerCenterError(kind: .malformedResponse(field: field), operation: operation, detail: detail)
        }
        // Read as a stream of rows from the bytes (the library skips a byte-order mark): a market's sheet is
        // tens of megabytes, and a String of it would hold a second copy while the rows are made.
        let reader: CSVReader
        do {
            reader = try CSVReader(stream: InputStream(data: data), hasHeaderRow: true)
        } catch {
            throw malformed("header", "the price sheet has no header row")
        }
        guard let header = reader.headerRow else { throw malformed("header", "the price sheet has no header row") }
        var positions: [String: Int] = [:]
        for (index, name) in header.enumerated() {
            let key = normalize(name)
            if positions[key] == nil { positions[key] = index }
        }
        func position(_ name: String, aliases: [String] = []) -> Int? {
            ([name] + aliases).lazy.compactMap { positions[normalize($0)] }.first
        }
        var requiredPositions: [String: Int] = [:]
        for column in required {
            guard let index = position(column.name, aliases: column.aliases) else {
                throw malformed(column.name, "the price sheet has no \(column.name) column")
            }
            requiredPositions[column.name] = index
        }
        let marketColumn = position("Market")
        let optional = ["ProductTitle", "SkuTitle", "UnitOfMeasure", "ArmSkuName", "ArmRegionName"].map { position($0) }

        var entries: [PriceSheetEntry] = []
        var rowNumber = 1  // the header is row 1
        while let row = reader.next() {
            rowNumber += 1
            if row.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            func value(_ index: Int?) -> String? {
                guard let index, index < row.count else { return nil }
                let trimmed = row[index].trimmingCharacters(in: .whitespaces)
                return trimmed.isEmpty ? nil : trimmed
            }
            func requiredValue(_ name: String) throws -> String {
                guard let text = value(requiredPositions[name]) else { throw malformed(name, "row \(rowNumber) has no \(name)") }
                return text
            }
            let priceText = try requiredValue("UnitPrice")
            guard Double(priceText)?.isFinite == true,
                let price = Decimal(string: priceText, locale: Locale(identifier: "en_US_POSIX"))
            else {
                throw malformed("UnitPrice", "row \(rowNumber): \"\(priceText.prefix(40))\" is not a number")
            }
            entries.append(
                PriceSheetEntry(
                    productID: ProductID(try requiredValue("ProductId")), skuID: SKUID(try requiredValue("SkuId")),
                    termDuration: try requiredValue("TermDuration").uppercased(), unitPrice: price,
                    currencyCode: try requiredValue("Currency").uppercased(),
                    market: (value(marketColumn) ?? market).uppercased(), productTitle: value(optional[0]),
                    skuTitle: value(optional[1]), unitOfMeasure: value(optional[2]), armSkuName: value(optional[3]),
                    armRegionName: value(optional[4])))
        }
        if let error = reader.error { throw malformed("body", "the CSV could not be read (\(error))") }
        return entries
    }

    /// Lowercase without spaces, underscores or hyphens: `Product Id` == `product_id` == `ProductId`.
    static func normalize(_ name: String) -> String {
        String(name.lowercased().filter { $0 != " " && $0 != "_" && $0 != "-" })
    }
}
