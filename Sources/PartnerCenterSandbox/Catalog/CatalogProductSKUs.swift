/// The generated SKUs of one product, with an index by SKU ID.
struct CatalogProductSKUs: Sendable {
    let records: [CatalogSKURecord]
    private let positions: [String: Int]

    init(records: [CatalogSKURecord]) {
        self.records = records
        var positions: [String: Int] = [:]
        positions.reserveCapacity(records.count)
        for (index, record) in records.enumerated() { positions[record.id] = index }
        self.positions = positions
    }

    /// The SKU with this ID (compared case-insensitively: IDs are uppercase).
    func record(id: String) -> CatalogSKURecord? {
        positions[id.uppercased()].map { records[$0] }
    }
}
