import PartnerCenter

/// What was bought, in words: `Standard_D2s_v5 · US East` for a reservation's product and SKU, read from the
/// catalog of the customer's country (one SKU request per distinct product and SKU, remembered for the session).
///
/// Entitlements carry only `productId` and `skuId` (`DZH318Z0LLRP:002M`), which no operator can read.
public actor ReservationNames {
    /// A SKU in one country's catalog.
    public struct Key: Hashable, Sendable {
        public var country: String
        public var productID: String
        public var skuID: String

        public init(country: String, productID: String, skuID: String) {
            self.country = country
            self.productID = productID
            self.skuID = skuID
        }
    }

    private let client: PartnerCenterClient
    private var known: [Key: String] = [:]
    /// SKUs that could not be read; not asked again this session (the ID still shows).
    private var unreadable: Set<Key> = []

    public init(client: PartnerCenterClient) {
        self.client = client
    }

    /// Names for `keys`; keys whose SKU cannot be read are left out.
    public func names(for keys: Set<Key>) async -> [Key: String] {
        for key in keys where known[key] == nil && !unreadable.contains(key) {
            if Task.isCancelled { break }
            do {
                let sku = try await client.products.byID(ProductID(key.productID)).skus.byID(SKUID(key.skuID)).get(country: key.country)
                known[key] = Self.name(of: sku)
            } catch {
                unreadable.insert(key)
            }
        }
        return known.filter { keys.contains($0.key) }
    }

    /// `Standard_D2s_v5 · US East`, or the SKU's title when it has no size.
    public static func name(of sku: SKU) -> String {
        guard let size = sku.armSkuName ?? sku.skuDisplayName else { return sku.title }
        return [size, sku.region ?? sku.armRegionName].compactMap { $0 }.joined(separator: " · ")
    }
}
