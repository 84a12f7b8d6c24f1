import Foundation
import PartnerCenter

/// Loads a country's reservation catalog: the products of a view, then every product's SKUs a few at a time,
/// with the market's price sheet alongside. Progress streams as events; cancelling the consumer stops it.
///
/// ```swift
/// let loader = CatalogLoader(client: client)
/// for try await event in loader.load(country: "US", view: .azureReservations, scope: nil) { … }
/// ```
public struct CatalogLoader: Sendable {
    /// One step of a catalog load.
    public enum Event: Equatable, Sendable {
        /// The product list arrived; SKUs follow, one event per product.
        case products([Product])
        /// One product's SKUs; `done` of `total` products have answered.
        case skus(Product, [SKU], done: Int, total: Int)
        /// One product's SKUs could not be loaded; the rest of the catalog still loads.
        case skusFailed(Product, message: String, done: Int, total: Int)
        /// The market's price sheet.
        case prices([PriceSheetEntry])
        /// No prices (the sheet needs an App+User token, for example); the catalog works without them.
        case pricesFailed(String)
    }

    private let client: PartnerCenterClient
    /// How many products' SKUs are fetched at once.
    public let concurrency: Int

    public init(client: PartnerCenterClient, concurrency: Int = 4) {
        self.client = client
        self.concurrency = max(1, concurrency)
    }

    /// The `reservationScope` to use for a subscription: `AzurePlan` for Azure plans, none for MS-AZR-0145P.
    public static func reservationScope(for subscription: Subscription) -> ReservationScope? {
        subscription.kind == .azurePlan ? .azurePlan : nil
    }

    /// Streams the catalog of `country`. Fails only when the product list itself fails.
    /// - Parameters:
    ///   - country: Two-letter country code of the customer.
    ///   - view: Which reservation products (all, VM, SQL, Cosmos DB).
    ///   - scope: `.azurePlan` for Azure-plan subscriptions, nil for MS-AZR-0145P.
    ///   - includePrices: Whether to fetch the price sheet too.
    public func load(
        country: String, view: CatalogView, scope: ReservationScope?, includePrices: Bool = true
    ) -> AsyncThrowingStream<Event, any Error> {
        let client = self.client
        let limit = concurrency
        return AsyncThrowingStream { continuation in
            let task = Task {
                // Both the catalog and the price sheet run to the end; a failed product list stops both.
                await withTaskGroup(of: Bool.self) { group in
                    if includePrices {
                        group.addTask {
                            do {
                                let entries = try await client.priceSheet.reservations(market: country)
                                if !Task.isCancelled { continuation.yield(.prices(entries)) }
                            } catch {
                                if !Task.isCancelled { continuation.yield(.pricesFailed(Self.message(error))) }
                            }
                            return true
                        }
                    }
                    group.addTask {
                        do {
                            let products = try await client.products.list(
                                country: country, view: view, reservationScope: scope)
                            continuation.yield(.products(products))
                            try await Self.loadSKUs(
                                products, client: client, country: country, scope: scope, limit: limit,
                                continuation: continuation)
                            return true
                        } catch {
                            continuation.finish(throwing: error)
                            return false
                        }
                    }
                    for await succeeded in group where !succeeded { group.cancelAll() }
                }
                continuation.finish()
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    private static func loadSKUs(
        _ products: [Product], client: PartnerCenterClient, country: String, scope: ReservationScope?, limit: Int,
        continuation: AsyncThrowingStream<Event, any Error>.Continuation
    ) async throws {
        let total = products.count
        try await withThrowingTaskGroup(of: (Product, Result<[SKU], any Error>).self) { group in
            var done = 0
            var next = 0
            func report(_ product: Product, _ result: Result<[SKU], any Error>) {
                done += 1
                switch result {
                case .success(let skus): continuation.yield(.skus(product, skus, done: done, total: total))
                case .failure(let error):
                    continuation.yield(.skusFailed(product, message: message(error), done: done, total: total))
                }
            }
            while next < products.count || done < total {
                while next < products.count, next - done < limit {
                    let product = products[next]
                    next += 1
                    group.addTask {
                        do {
                            let skus = try await client.products.byID(product.id).skus.list(
                                country: country, reservationScope: scope)
                            return (product, .success(skus))
                        } catch {
                            return (product, .failure(error))
                        }
                    }
                }
                guard let (product, result) = try await group.next() else { break }
                try Task.checkCancellation()
                report(product, result)
            }
        }
    }

    /// A SKU's availabilities (catalog item IDs, terms, currency) for the customer's country and scope.
    public func availabilities(
        productID: ProductID, skuID: SKUID, country: String, scope: ReservationScope?
    ) async throws -> [Availability] {
        try await client.products.byID(productID).skus.byID(skuID).availabilities.list(
            country: country, reservationScope: scope)
    }

    /// Checks a SKU's inventory for a customer's Azure subscription in the SKU's region.
    public func checkInventory(
        productID: ProductID, skuID: SKUID, customerID: CustomerID, azureSubscriptionID: String?,
        armRegionName: String?, country: String
    ) async throws -> [InventoryItem] {
        let request = InventoryCheckRequest(
            targetItems: [.init(productID: productID, skuID: skuID)], customerID: customerID,
            azureSubscriptionID: azureSubscriptionID, armRegionName: armRegionName)
        return try await client.extensions.checkInventory(request, country: country)
    }

    static func message(_ error: any Error) -> String {
        if let error = error as? PartnerCenterError { return error.summary }
        return String(describing: error)
    }
}
