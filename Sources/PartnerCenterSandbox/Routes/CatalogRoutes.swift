import Foundation
import HTTPTypes
import Hummingbird
import PartnerCenter

/// Operations 6–12: products, SKUs and availabilities by country, and the inventory check, served from
/// `SandboxCatalog`. Documented errors: 400 `800002` for a missing or unknown `country` (and other bad input),
/// 403 `400036` for an unknown `targetView`, 403 `400030` for a `targetSegment` reservations are not sold to
/// (the sandbox refuses `nonprofit` and unknown segments), 404 `400013` product, `400018` SKU,
/// `400019` availability.
///
/// The price sheet is not here: it lives on the Partner API origin (`PriceSheetRoutes`).
struct CatalogRoutes {
    let catalog: SandboxCatalog

    /// `targetView` values the service knows but the sandbox has no products for: an empty list, not an error.
    static let otherViews: Set<String> = [
        "azure", "microsoftazure", "onlineservices", "software", "softwaresuselinux", "softwareperpetual",
        "softwaresubscriptions", "specializedoffers", "marketplacesaas",
    ]
    static let maximumBodySize = 1_048_576

    func register<Context: RequestContext>(on router: Router<Context>) {
        router.get("/v1/products") { request, _ in try listProducts(request) }
        router.get("/v1/products/:productId") { request, context in
            let (productID, country) = (try context.parameters.require("productId"), try Self.country(request))
            guard let product = catalog.product(id: productID, country: country, scope: try Self.scope(request)) else {
                throw Self.productNotFound(productID, country: country)
            }
            return try JSONResponse.make(product)
        }
        router.get("/v1/products/:productId/skus") { request, context in
            let (productID, country) = (try context.parameters.require("productId"), try Self.country(request))
            let scope = try Self.scope(request)
            try Self.checkSegment(request)
            guard let json = try catalog.encodedSKUCollection(productID: productID, country: country, scope: scope) else {
                throw Self.productNotFound(productID, country: country)
            }
            return JSONResponse.make(encoded: json)
        }
        router.get("/v1/products/:productId/skus/:skuId") { request, context in
            let productID = try context.parameters.require("productId")
            let skuID = try context.parameters.require("skuId")
            let country = try Self.country(request)
            let scope = try Self.scope(request)
            guard let sku = catalog.sku(productID: productID, skuID: skuID, country: country, scope: scope) else {
                throw try notFound(productID: productID, skuID: skuID, country: country)
            }
            return try JSONResponse.make(sku)
        }
        router.get("/v1/products/:productId/skus/:skuId/availabilities") { request, context in
            let productID = try context.parameters.require("productId")
            let skuID = try context.parameters.require("skuId")
            let country = try Self.country(request)
            let scope = try Self.scope(request)
            let segment = try Self.checkSegment(request)
            guard var items = catalog.availabilities(productID: productID, skuID: skuID, country: country, scope: scope) else {
                throw try notFound(productID: productID, skuID: skuID, country: country)
            }
            // Reservations are sold to the commercial segment only; other segments see none (§3.3 op 11).
            if let segment, segment != .commercial { items = [] }
            let links = ResourceLinks(
                selfLink: Link(
                    uri: "/products/\(productID)/skus/\(skuID)/availabilities"
                        + SandboxCatalog.linkQuery(country: country, scope: scope)))
            return try JSONResponse.make(ResourceCollection(items: items, links: links))
        }
        router.get("/v1/products/:productId/skus/:skuId/availabilities/:availabilityId") { request, context in
            let productID = try context.parameters.require("productId")
            let skuID = try context.parameters.require("skuId")
            let availabilityID = try context.parameters.require("availabilityId")
            let country = try Self.country(request)
            _ = try Self.scope(request)
            guard
                let found = catalog.availability(
                    productID: productID, skuID: skuID, availabilityID: availabilityID, country: country)
            else {
                if catalog.sku(productID: productID, skuID: skuID, country: country) == nil {
                    throw try notFound(productID: productID, skuID: skuID, country: country)
                }
                throw SandboxError(
                    status: .notFound, code: "400019",
                    description: "Availability \(availabilityID) was not found for SKU \(skuID) of product \(productID) in \(country). Availability IDs change: get the SKU's availabilities again.")
            }
            return try JSONResponse.make(found.availability)
        }
        // The doc's syntax table says checkInventory, its example and the SDK say checkinventory.
        router.post("/v1/extensions/product/checkInventory") { request, _ in try await checkInventory(request) }
        router.post("/v1/extensions/product/checkinventory") { request, _ in try await checkInventory(request) }
    }

    // MARK: - Handlers

    /// `GET /v1/products?country=&targetView=[&targetSegment=][&reservationScope=]` (op 6).
    private func listProducts(_ request: Request) throws -> Response {
        let country = try Self.country(request)
        let query = request.uri.queryParameters
        guard let rawView = query.get("targetView"), !rawView.isEmpty else {
            throw SandboxError.badRequest("targetView is required, e.g. targetView=AzureReservations.")
        }
        let view = CatalogView(wire: rawView)
        if case .unknown = view, !Self.otherViews.contains(rawView.lowercased()) {
            throw SandboxError(
                status: .forbidden, code: "400036",
                description: "The targetView \(rawView) is not allowed. Reservation views: AzureReservations, AzureReservationsVM, AzureReservationsSQL, AzureReservationsCosmosDb.")
        }
        try Self.checkSegment(request)
        let scope = try Self.scope(request)
        var selfURI = "/products?country=\(country)&targetView=\(rawView)"
        if let segment = query.get("targetSegment") { selfURI += "&targetSegment=\(segment)" }
        if let scope { selfURI += "&reservationScope=\(scope.wireName)" }
        let json = try catalog.encodedProductCollection(country: country, view: view, scope: scope, selfURI: selfURI)
        return JSONResponse.make(encoded: json)
    }

    /// `POST /v1/extensions/product/checkInventory?country=` (op 10): answers with a bare JSON array.
    private func checkInventory(_ request: Request) async throws -> Response {
        let country = try Self.country(request)
        let buffer = try await request.body.collect(upTo: Self.maximumBodySize)
        let body = Data(buffer.readableBytesView)
        guard let inventoryRequest = Self.decodeCaseInsensitive(InventoryCheckRequest.self, from: body) else {
            throw SandboxError.badRequest(
                "The body must be JSON like {\"targetItems\":[{\"productId\":\"…\",\"skuId\":\"…\"}],\"inventoryContext\":{\"customerId\":\"…\",\"azureSubscriptionId\":\"…\",\"armRegionName\":\"…\"}}.")
        }
        guard !inventoryRequest.targetItems.isEmpty else { throw SandboxError.badRequest("targetItems must not be empty.") }
        return try JSONResponse.make(catalog.checkInventory(inventoryRequest, country: country))
    }

    // MARK: - Query parsing and errors

    /// The `country` query value, uppercased; 400 `800002` when it is missing or not a Partner Center country code.
    static func country(_ request: Request) throws -> String {
        let raw = request.uri.queryParameters.get("country")
        guard let raw, !raw.isEmpty else {
            throw SandboxError.badRequest("country is required: a two-letter Partner Center country code such as US.")
        }
        guard let country = SandboxCatalog.normalizedCountry(raw) else {
            throw SandboxError.badRequest("\(raw.prefix(20)) is not a Partner Center country code.")
        }
        return country
    }

    /// The `reservationScope` value: nil when absent, `.azurePlan` for `AzurePlan` (any case); 400 otherwise.
    static func scope(_ request: Request) throws -> ReservationScope? {
        guard let raw = request.uri.queryParameters.get("reservationScope"), !raw.isEmpty else { return nil }
        let scope = ReservationScope(wire: raw)
        if case .unknown = scope {
            throw SandboxError.badRequest("reservationScope must be AzurePlan, or left out for MS-AZR-0145P subscriptions.")
        }
        return scope
    }

    /// The `targetSegment` value when present; 403 `400030` for `nonprofit` and unknown segments.
    @discardableResult
    static func checkSegment(_ request: Request) throws -> TargetSegment? {
        guard let raw = request.uri.queryParameters.get("targetSegment"), !raw.isEmpty else { return nil }
        let segment = TargetSegment(wire: raw)
        switch segment {
        case .commercial, .education, .government:
            return segment
        case .nonprofit, .unknown:
            throw SandboxError(
                status: .forbidden, code: "400030",
                description: "The targetSegment \(raw.prefix(40)) is not allowed for Azure reservations.")
        }
    }

    static func productNotFound(_ productID: String, country: String) -> SandboxError {
        SandboxError(
            status: .notFound, code: "400013", description: "Product \(productID) was not found in the catalog for \(country).")
    }

    /// 404 `400013` when the product is unknown in `country`, else 404 `400018` for the SKU.
    private func notFound(productID: String, skuID: String, country: String) throws -> SandboxError {
        guard catalog.hasProduct(id: productID, country: country) else { throw Self.productNotFound(productID, country: country) }
        return SandboxError(
            status: .notFound, code: "400018", description: "SKU \(skuID) of product \(productID) was not found for \(country).")
    }

    /// Decodes a request body whose keys may be camelCase or PascalCase (§1.4: the service accepts both) by
    /// lower-casing the first letter of every key first.
    static func decodeCaseInsensitive<Value: Decodable>(_ type: Value.Type, from data: Data) -> Value? {
        func camel(_ value: Any) -> Any {
            if let object = value as? [String: Any] {
                var result: [String: Any] = [:]
                for (key, inner) in object { result[key.prefix(1).lowercased() + key.dropFirst()] = camel(inner) }
                return result
            }
            if let array = value as? [Any] { return array.map(camel) }
            return value
        }
        guard let parsed = try? JSONSerialization.jsonObject(with: data),
            let normalized = try? JSONSerialization.data(withJSONObject: camel(parsed))
        else { return nil }
        return try? JSONDecoder().decode(Value.self, from: normalized)
    }
}
