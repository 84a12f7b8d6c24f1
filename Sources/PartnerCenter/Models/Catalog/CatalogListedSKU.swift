/// A SKU as a catalog listing decodes it: only the fields the catalog reads (see `SKU.init(from:catalogFieldsOnly:)`).
/// Encoding writes the SKU as it is.
struct CatalogListedSKU: Codable, Sendable {
    var sku: SKU

    init(from decoder: any Decoder) throws {
        sku = try SKU(from: decoder, catalogFieldsOnly: true)
    }

    func encode(to encoder: any Encoder) throws {
        try sku.encode(to: encoder)
    }
}
