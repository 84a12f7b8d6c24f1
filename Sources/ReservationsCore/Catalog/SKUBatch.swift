import PartnerCenter

/// Some of one product's SKUs as the catalog loader decodes them: handed to the catalog index whole, so the screen
/// that carries them never reads a wire SKU.
public struct SKUBatch: Equatable, Sendable {
    public let product: Product
    public let skus: [SKU]

    public init(product: Product, skus: [SKU]) {
        self.product = product
        self.skus = skus
    }
}
