import Foundation

/// The catalog's memory: generated SKUs per product and written price sheets per market. Values are derived
/// data, so a race only means generating the same value twice; the lock only guards the dictionaries.
final class CatalogCache: @unchecked Sendable {
    private let lock = NSLock()
    private var skus: [Int: CatalogProductSKUs] = [:]
    private var priceSheets: [String: Data] = [:]
    private var responses: [String: Data] = [:]
    private var responseOrder: [String] = []
    private var responseBytes = 0

    /// Encoded responses kept at most, in bytes; the oldest go first.
    static let responseBudget = 256 * 1_048_576

    func skus(product index: Int, make: () -> CatalogProductSKUs) -> CatalogProductSKUs {
        if let cached = lock.withLock({ skus[index] }) { return cached }
        let made = make()
        return lock.withLock {
            if let cached = skus[index] { return cached }
            skus[index] = made
            return made
        }
    }

    func priceSheet(market: String, make: () throws -> Data) rethrows -> Data {
        if let cached = lock.withLock({ priceSheets[market] }) { return cached }
        let made = try make()
        lock.withLock { priceSheets[market] = made }
        return made
    }

    /// An encoded response (a product's SKU list for one country and scope), kept within `responseBudget`.
    func response(key: String, make: () throws -> Data) rethrows -> Data {
        if let cached = lock.withLock({ responses[key] }) { return cached }
        let made = try make()
        lock.withLock {
            guard responses[key] == nil, made.count <= Self.responseBudget else { return }
            responses[key] = made
            responseOrder.append(key)
            responseBytes += made.count
            while responseBytes > Self.responseBudget, !responseOrder.isEmpty {
                let oldest = responseOrder.removeFirst()
                responseBytes -= responses.removeValue(forKey: oldest)?.count ?? 0
            }
        }
        return made
    }
}
