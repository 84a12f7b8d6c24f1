import Foundation
import ReservationsCore
import ScreenKit

/// Catalog loads (streamed, with back-pressure), the local cache, availabilities and inventory checks.
public struct CatalogEffects: FeatureEffectHandler {
    /// The tasks a newer one of the same kind replaces.
    enum Slot: TaskSlot {
        case catalog
        case availabilities
        case inventory
    }

    let catalog: CatalogLoader
    /// The session's time (the in-process sandbox's clock on the sandbox).
    var clock: @Sendable () -> Date = { Date() }

    public init(catalog: CatalogLoader, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.catalog = catalog
        self.clock = clock
    }

    public func run(_ effect: CatalogEffect, in tasks: FeatureTasks<CatalogAction>) {
        let mailbox = tasks.mailbox
        switch effect {
        case .loadCatalog(let request):
            let generation = request.generation
            tasks.replace(Slot.catalog) {
                do {
                    let events = catalog.load(
                        country: request.country, view: request.view, scope: request.scope, useCache: request.useCache)
                    for try await event in events {
                        guard !Task.isCancelled else { return }
                        let action = CatalogAction.event(event, generation: generation, now: clock())
                        switch event {
                        // SKUs are delivered, not posted: the loader decodes more only once the run loop has taken
                        // these (or a few before them), so decoded SKUs never pile up between loader and reducer.
                        case .skuBatch, .skus: await mailbox.deliver(action)
                        default: mailbox.post(action)
                        }
                    }
                    mailbox.postUnlessCancelled(.catalogFinished(generation: generation))
                } catch is CancellationError {
                } catch {
                    mailbox.postUnlessCancelled(.catalogFailed(generation: generation, FailureText.of(error)))
                }
            }
        case .cancelCatalogLoad:
            tasks.cancel(Slot.catalog)
        case .rememberCatalog(let request, let index, let products):
            // Not a replaceable kind: a store is quick and should not be cut short by the next load.
            tasks.track(priority: .utility) {
                // A cache that cannot be written costs only the next open its speed.
                try? catalog.remember(
                    index, productCount: products, country: request.country, view: request.view, scope: request.scope)
            }
        case .releaseFreeMemory:
            tasks.track(priority: .utility) { MallocTuning.releaseFreePages() }
        case .loadAvailabilities(let key, let country, let scope):
            tasks.perform(Slot.availabilities, {
                .availabilitiesLoaded(
                    key, try await catalog.availabilityRows(productID: key.productID, skuID: key.skuID, country: country, scope: scope))
            }, failed: { .availabilitiesFailed(key, $0) })
        case .checkInventory(let key, let customerID, let subscriptionID, let region, let country):
            tasks.perform(Slot.inventory, {
                .inventoryChecked(
                    key,
                    try await catalog.inventoryRows(
                        productID: key.productID, skuID: key.skuID, customerID: customerID,
                        azureSubscriptionID: subscriptionID, armRegionName: region, country: country))
            }, failed: { .inventoryCheckFailed(key, $0) })
        }
    }
}
