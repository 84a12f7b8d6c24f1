import Foundation

extension PartnerCenterClient {
    /// `/products`: the catalog by country (operations 6–9, 11, 12).
    public var products: ProductsResource { ProductsResource(client: self) }
}

/// Builds the catalog queries shared by every node: `country`, then `targetView`, `targetSegment`,
/// `reservationScope` when given.
private func catalogQuery(
    country: String, view: CatalogView? = nil, targetSegment: TargetSegment? = nil, reservationScope: ReservationScope?
) -> [URLQueryItem] {
    var query = [URLQueryItem(name: "country", value: country)]
    if let view { query.append(URLQueryItem(name: "targetView", value: view.wireName)) }
    if let targetSegment { query.append(URLQueryItem(name: "targetSegment", value: targetSegment.wireName)) }
    if let reservationScope { query.append(URLQueryItem(name: "reservationScope", value: reservationScope.wireName)) }
    return query
}

/// `/products` (operation 6).
///
/// ```swift
/// let products = try await client.products.list(country: "US", view: .azureReservationsVM, reservationScope: .azurePlan)
/// let skus = try await client.products.byID(products[0].id).skus.list(country: "US", reservationScope: .azurePlan)
/// let availabilities = try await client.products.byID(skus[0].productID).skus.byID(skus[0].id)
///     .availabilities.list(country: "US", reservationScope: .azurePlan)
/// ```
public struct ProductsResource: Sendable {
    let client: PartnerCenterClient

    /// The products sold in `country` for a view (operation 6). Empty in markets where reservations are not sold.
    /// - Parameters:
    ///   - country: two-letter Partner Center country code.
    ///   - view: `targetView`; all reservation products by default.
    ///   - reservationScope: `.azurePlan` for Azure-plan customers; nil for MS-AZR-0145P.
    ///   - targetSegment: optional segment filter.
    /// - Throws: `PartnerCenterError` (403 `400036` for a view that is not allowed, 403 `400030` for a segment).
    public func list(
        country: String, view: CatalogView = .azureReservations, reservationScope: ReservationScope? = nil,
        targetSegment: TargetSegment? = nil
    ) async throws -> [Product] {
        let query = catalogQuery(country: country, view: view, targetSegment: targetSegment, reservationScope: reservationScope)
        return try await client.allItems(APIRequest(operation: "list products", path: "/products", query: query), of: Product.self)
    }

    /// One product's node.
    public func byID(_ id: ProductID) -> ProductResource { ProductResource(client: client, id: id) }
}

/// `/products/{id}` (operation 7).
public struct ProductResource: Sendable {
    let client: PartnerCenterClient
    public let id: ProductID

    var path: String { "/products/\(APIRequest.segment(id.rawValue))" }

    /// The product (operation 7).
    /// - Throws: `PartnerCenterError`, 404 `400013` when the product is not sold in `country`.
    public func get(country: String, reservationScope: ReservationScope? = nil) async throws -> Product {
        try await client.send(
            APIRequest(operation: "get product", path: path, query: catalogQuery(country: country, reservationScope: reservationScope)),
            as: Product.self)
    }

    /// The product's SKUs.
    public var skus: SKUsResource { SKUsResource(client: client, productPath: path) }
}

/// `/products/{id}/skus` (operation 8).
public struct SKUsResource: Sendable {
    let client: PartnerCenterClient
    let productPath: String

    /// The product's SKUs in `country` (operation 8); for reservations one per size, region and duration.
    /// - Throws: `PartnerCenterError`, 404 `400013` for an unknown product, 403 `400030` for a segment.
    public func list(
        country: String, reservationScope: ReservationScope? = nil, targetSegment: TargetSegment? = nil
    ) async throws -> [SKU] {
        let query = catalogQuery(country: country, targetSegment: targetSegment, reservationScope: reservationScope)
        return try await client.allItems(APIRequest(operation: "list SKUs", path: productPath + "/skus", query: query), of: SKU.self)
    }

    /// The same list with only the fields a catalog shows and buys with (no description, links, actions or
    /// attributes), decoded in about half the time; for loading a whole country's catalog.
    public func listForCatalog(country: String, reservationScope: ReservationScope? = nil) async throws -> [SKU] {
        let query = catalogQuery(country: country, targetSegment: nil, reservationScope: reservationScope)
        return try await client.allItems(
            APIRequest(operation: "list SKUs", path: productPath + "/skus", query: query), of: CatalogListedSKU.self
        ).map(\.sku)
    }

    /// ``listForCatalog(country:reservationScope:)`` handing the SKUs over as they decode: the first
    /// `firstBatch`, then `batchSize` at a time, every batch but the last to `onBatch`; returns the last.
    /// A 10 MB list shows its first rows after a few milliseconds of decoding instead of a quarter second.
    public func listForCatalog(
        country: String, reservationScope: ReservationScope? = nil, firstBatch: Int, batchSize: Int,
        onBatch: ([SKU]) async throws -> Void
    ) async throws -> [SKU] {
        let query = catalogQuery(country: country, targetSegment: nil, reservationScope: reservationScope)
        return try await client.itemBatches(
            APIRequest(operation: "list SKUs", path: productPath + "/skus", query: query), of: CatalogListedSKU.self,
            firstBatch: firstBatch, batchSize: batchSize, onBatch: { try await onBatch($0.map(\.sku)) }
        ).map(\.sku)
    }

    /// One SKU's node.
    public func byID(_ id: SKUID) -> SKUResource { SKUResource(client: client, productPath: productPath, id: id) }
}

/// `/products/{id}/skus/{skuId}` (operation 9).
public struct SKUResource: Sendable {
    let client: PartnerCenterClient
    let productPath: String
    public let id: SKUID

    var path: String { productPath + "/skus/\(APIRequest.segment(id.rawValue))" }

    /// The SKU (operation 9).
    /// - Throws: `PartnerCenterError`, 404 `400013` (product) or `400018` (SKU).
    public func get(country: String, reservationScope: ReservationScope? = nil) async throws -> SKU {
        try await client.send(
            APIRequest(operation: "get SKU", path: path, query: catalogQuery(country: country, reservationScope: reservationScope)),
            as: SKU.self)
    }

    /// The SKU's availabilities.
    public var availabilities: AvailabilitiesResource { AvailabilitiesResource(client: client, skuPath: path) }
}

/// `/products/{id}/skus/{skuId}/availabilities` (operation 11).
public struct AvailabilitiesResource: Sendable {
    let client: PartnerCenterClient
    let skuPath: String

    /// The SKU's availabilities in `country` (operation 11). Azure-plan and MS-AZR-0145P availabilities differ,
    /// so pass the scope that matches the customer's subscription.
    /// - Throws: `PartnerCenterError`, 404 `400013`/`400018`, 403 `400030`.
    public func list(
        country: String, reservationScope: ReservationScope? = nil, targetSegment: TargetSegment? = nil
    ) async throws -> [Availability] {
        let query = catalogQuery(country: country, targetSegment: targetSegment, reservationScope: reservationScope)
        return try await client.allItems(
            APIRequest(operation: "list availabilities", path: skuPath + "/availabilities", query: query), of: Availability.self)
    }

    /// One availability's node.
    public func byID(_ id: AvailabilityID) -> AvailabilityResource { AvailabilityResource(client: client, skuPath: skuPath, id: id) }
}

/// `/products/{id}/skus/{skuId}/availabilities/{availabilityId}` (operation 12).
public struct AvailabilityResource: Sendable {
    let client: PartnerCenterClient
    let skuPath: String
    public let id: AvailabilityID

    /// The availability (operation 12).
    /// - Throws: `PartnerCenterError`, 404 `400013`/`400018`/`400019` (a stale availability ID: re-discover it).
    public func get(country: String, reservationScope: ReservationScope? = nil) async throws -> Availability {
        let path = skuPath + "/availabilities/\(APIRequest.segment(id.rawValue))"
        return try await client.send(
            APIRequest(operation: "get availability", path: path, query: catalogQuery(country: country, reservationScope: reservationScope)),
            as: Availability.self)
    }
}
