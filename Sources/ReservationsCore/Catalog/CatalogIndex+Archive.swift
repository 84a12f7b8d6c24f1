import Foundation

/// The catalog cache keeps a ``CatalogIndex`` as its tables, not as the SKUs it came from: reading 100,000 rows
/// back is a few copies of columns instead of decoding 100 MB of JSON (seconds), so a cached catalog opens in
/// well under the 100 ms of issue #9.
///
/// Prices are left out: they come from the market's price sheet on every open, so a cached catalog never shows
/// a price the partner no longer pays.
extension CatalogIndex {
    /// Names the format; a change to the layout below needs a new one (older entries are then reloaded).
    static let archiveMagic = "pcres-catalog-index-5"  // 4: search text folds accents; 5: titles in `values`

    /// The rows and string tables as bytes, without prices.
    public func archived() -> Data {
        var writer = ArchiveWriter(magic: Self.archiveMagic)
        let columns: [KeyPath<StoredRow, UInt32>] = Self.textColumns + Self.valueColumns
        for column in columns { writer.write(array: stored.map { $0[keyPath: column] }) }
        writer.write(array: stored.map(\.cores))
        writer.write(array: stored.map(\.minimumQuantity))
        writer.write(array: stored.map(\.maximumQuantity))
        writer.write(array: stored.map(\.ramGB))
        writer.write(array: stored.map { $0.requiresInventoryCheck ? 1 : 0 as UInt8 })
        writer.write(array: Array(sortedTextIDs))
        texts.write(to: &writer)
        values.write(to: &writer)
        return writer.data
    }

    /// Reads an index written by ``archived()``; throws when the bytes are of another format or do not add up.
    public init(archive: Data) throws {
        var reader = try ArchiveReader(archive, magic: Self.archiveMagic)
        let textColumns = try Self.textColumns.map { _ in try reader.readArray(of: UInt32.self) }
        let valueColumns = try Self.valueColumns.map { _ in try reader.readArray(of: UInt32.self) }
        let cores = try reader.readArray(of: Int32.self)
        let minimumQuantity = try reader.readArray(of: Int32.self)
        let maximumQuantity = try reader.readArray(of: Int32.self)
        let ramGB = try reader.readArray(of: Double.self)
        let inventory = try reader.readArray(of: UInt8.self)  // not Bool: any byte read as a Bool is undefined
        let sortedTextIDs = try reader.readArray(of: UInt32.self)
        let texts = try InternedStrings(reading: &reader)
        let values = try InternedStrings(reading: &reader)
        let count = cores.count
        let lengths = (textColumns + valueColumns).map(\.count) + [minimumQuantity.count, maximumQuantity.count, ramGB.count, inventory.count]
        guard reader.isAtEnd, lengths.allSatisfy({ $0 == count }) else {
            throw ArchiveReader.Failure(description: "the catalog columns do not add up")
        }
        // An ID past its table would trap on the first look-up; refuse the archive instead.
        func valid(_ columns: [[UInt32]], in table: InternedStrings) -> Bool {
            columns.allSatisfy { $0.allSatisfy { $0 == InternedStrings.none || Int($0) < table.count } }
        }
        guard valid(textColumns + [sortedTextIDs], in: texts), valid(valueColumns, in: values) else {
            throw ArchiveReader.Failure(description: "a catalog row names a string that is not stored")
        }
        var rows: [StoredRow] = []
        rows.reserveCapacity(count)
        for position in 0..<count {
            rows.append(
                StoredRow(
                    name: textColumns[0][position], region: textColumns[1][position],
                    armRegionName: textColumns[2][position], productTitle: textColumns[3][position],
                    category: textColumns[4][position], term: textColumns[5][position],
                    termDuration: textColumns[6][position], armSkuName: textColumns[7][position],
                    productID: valueColumns[0][position], skuID: valueColumns[1][position],
                    title: valueColumns[2][position], cores: cores[position],
                    minimumQuantity: minimumQuantity[position], maximumQuantity: maximumQuantity[position],
                    ramGB: ramGB[position], requiresInventoryCheck: inventory[position] != 0))
        }
        self.init(stored: rows, texts: texts, values: values, sortedTextIDs: Set(sortedTextIDs))
    }

    /// The columns of IDs into `texts`, in archive order (the order `init(archive:)` builds rows in).
    private static var textColumns: [KeyPath<StoredRow, UInt32>] {
        [\.name, \.region, \.armRegionName, \.productTitle, \.category, \.term, \.termDuration, \.armSkuName]
    }
    /// The columns of IDs into `values` (prices are not archived).
    private static var valueColumns: [KeyPath<StoredRow, UInt32>] { [\.productID, \.skuID, \.title] }
}
