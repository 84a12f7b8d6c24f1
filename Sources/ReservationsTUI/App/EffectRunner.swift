import Foundation
import PartnerCenter
import ReservationsCore

/// Performs effects as tasks against `ReservationsCore` and posts their results to the mailbox.
///
/// Loads of one kind replace each other (a new subscriptions load cancels the previous one), and
/// customer details are fetched at most `detailConcurrency` at a time so a scroll does not flood the service.
public final class EffectRunner: @unchecked Sendable {
    private let directory: CustomerDirectory
    private let catalog: CatalogLoader
    private let mailbox: Mailbox
    private let detailConcurrency: Int
    // Guarded by `lock`: the running task of each replaceable kind.
    private var running: [String: Task<Void, Never>] = [:]
    private let lock = NSLock()

    /// - Parameters:
    ///   - catalog: Loads catalogs; by default one over the directory's client, four products at a time.
    public init(directory: CustomerDirectory, mailbox: Mailbox, detailConcurrency: Int = 4, catalog: CatalogLoader? = nil) {
        self.directory = directory
        self.catalog = catalog ?? CatalogLoader(client: directory.client)
        self.mailbox = mailbox
        self.detailConcurrency = max(1, detailConcurrency)
    }

    public func run(_ effects: [Effect]) {
        for effect in effects { run(effect) }
    }

    public func run(_ effect: Effect) {
        let directory = self.directory
        let mailbox = self.mailbox
        switch effect {
        case .loadCustomers:
            replace("customers") {
                do {
                    for try await progress in directory.loadAll() {
                        mailbox.post(
                            .customersPageLoaded(progress.page, loaded: progress.loaded, total: progress.total, isComplete: progress.isComplete))
                    }
                } catch is CancellationError {
                } catch {
                    if !Task.isCancelled { mailbox.post(.customersFailed(Self.message(error))) }
                }
            }
        case .cancelCustomerLoad:
            cancel("customers")
        case .loadCustomerDetails(let ids):
            let limit = detailConcurrency
            Task {
                await withTaskGroup(of: Void.self) { group in
                    for (index, id) in ids.enumerated() {
                        if index >= limit { await group.next() }
                        group.addTask {
                            do {
                                mailbox.post(.customerDetailLoaded(try await directory.detail(for: id)))
                            } catch {
                                mailbox.post(.customerDetailFailed(id, Self.message(error)))
                            }
                        }
                    }
                }
            }
        case .loadSubscriptions(let id):
            replace("subscriptions") {
                do {
                    let items = try await directory.subscriptions(for: id)
                    if !Task.isCancelled { mailbox.post(.subscriptionsLoaded(id, items)) }
                } catch {
                    if !Task.isCancelled { mailbox.post(.subscriptionsFailed(id, Self.message(error))) }
                }
            }
        case .loadCatalog, .cancelCatalogLoad, .loadAvailabilities, .checkInventory:
            runCatalog(effect)
        }
    }

    /// Runs the catalog effects.
    private func runCatalog(_ effect: Effect) {
        let catalog = self.catalog
        let mailbox = self.mailbox
        switch effect {
        case .loadCatalog(let request):
            let generation = request.generation
            replace("catalog") {
                do {
                    for try await event in catalog.load(country: request.country, view: request.view, scope: request.scope) {
                        guard !Task.isCancelled else { return }
                        switch event {
                        case .products(let products):
                            mailbox.post(.catalogProductsLoaded(generation: generation, total: products.count))
                        case .skus(let product, let skus, let done, let total):
                            mailbox.post(.catalogSKUsLoaded(generation: generation, product, skus, done: done, total: total))
                        case .skusFailed(let product, let message, let done, let total):
                            mailbox.post(.catalogSKUsFailed(generation: generation, product, message, done: done, total: total))
                        case .prices(let entries):
                            mailbox.post(.catalogPricesLoaded(generation: generation, entries))
                        case .pricesFailed(let message):
                            mailbox.post(.catalogPricesFailed(generation: generation, message))
                        }
                    }
                    if !Task.isCancelled { mailbox.post(.catalogFinished(generation: generation)) }
                } catch is CancellationError {
                } catch {
                    if !Task.isCancelled { mailbox.post(.catalogFailed(generation: generation, Self.message(error))) }
                }
            }
        case .cancelCatalogLoad:
            cancel("catalog")
        case .loadAvailabilities(let key, let country, let scope):
            replace("availabilities") {
                do {
                    let items = try await catalog.availabilities(
                        productID: key.productID, skuID: key.skuID, country: country, scope: scope)
                    if !Task.isCancelled { mailbox.post(.availabilitiesLoaded(key, items)) }
                } catch {
                    if !Task.isCancelled { mailbox.post(.availabilitiesFailed(key, Self.message(error))) }
                }
            }
        case .checkInventory(let key, let customerID, let subscriptionID, let region, let country):
            replace("inventory") {
                do {
                    let items = try await catalog.checkInventory(
                        productID: key.productID, skuID: key.skuID, customerID: customerID,
                        azureSubscriptionID: subscriptionID, armRegionName: region, country: country)
                    if !Task.isCancelled { mailbox.post(.inventoryChecked(key, items)) }
                } catch {
                    if !Task.isCancelled { mailbox.post(.inventoryCheckFailed(key, Self.message(error))) }
                }
            }
        default:
            break
        }
    }

    /// Cancels everything still running (at quit).
    public func cancelAll() {
        lock.lock()
        let tasks = running.values
        running.removeAll()
        lock.unlock()
        tasks.forEach { $0.cancel() }
    }

    private func replace(_ kind: String, _ operation: @escaping @Sendable () async -> Void) {
        let task = Task { await operation() }
        lock.lock()
        let previous = running.updateValue(task, forKey: kind)
        lock.unlock()
        previous?.cancel()
    }

    private func cancel(_ kind: String) {
        lock.lock()
        let task = running.removeValue(forKey: kind)
        lock.unlock()
        task?.cancel()
    }

    /// One readable line for the status bar.
    static func message(_ error: any Error) -> String {
        if let error = error as? PartnerCenterError { return error.summary }
        return String(describing: error)
    }
}
