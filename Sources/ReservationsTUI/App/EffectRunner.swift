import Foundation
import PartnerCenter
import ReservationsCore

/// Performs effects as tasks against `ReservationsCore` and posts their results to the mailbox.
///
/// Loads of one kind replace each other (a new subscriptions load cancels the previous one), and
/// customer details are fetched at most `detailConcurrency` at a time so a scroll does not flood the service.
public final class EffectRunner: @unchecked Sendable {
    let directory: CustomerDirectory
    private let catalog: CatalogLoader
    let mailbox: Mailbox
    private let detailConcurrency: Int
    private let draftStore: CartDraftStore?
    let purchases: (any CheckoutPerformer)?
    private let registrationWaiter: RegistrationWaiter
    private let audit: (any AuditTrail)?
    private let profileName: String
    /// Names what reservations are; remembers them for the session.
    let reservationNames: ReservationNames
    /// Asks the team ledger whether it can be used: nil when it can (or there is none), else why not.
    private let ledgerCheck: (@Sendable () async -> String?)?
    // Guarded by `lock`: the running task of each slot, numbered so a finished task removes only itself.
    private var running: [EffectSlot: (number: Int, task: Task<Void, Never>)] = [:]
    private var started = 0
    private var uniques = 0
    private let lock = NSLock()

    /// - Parameters:
    ///   - catalog: Loads catalogs; by default one over the directory's client, four products at a time.
    ///   - draftStore: Where the cart draft is kept; nil keeps it in memory only (tests).
    ///   - purchases: Runs preflight and checkout; nil refuses them with a message.
    public init(
        directory: CustomerDirectory, mailbox: Mailbox, detailConcurrency: Int = 4, catalog: CatalogLoader? = nil,
        draftStore: CartDraftStore? = nil, purchases: (any CheckoutPerformer)? = nil,
        registrationWaiter: RegistrationWaiter = RegistrationWaiter(), audit: (any AuditTrail)? = nil, profileName: String = "sandbox",
        ledgerCheck: (@Sendable () async -> String?)? = nil
    ) {
        self.audit = audit
        self.ledgerCheck = ledgerCheck
        self.profileName = profileName
        self.directory = directory
        self.catalog = catalog ?? CatalogLoader(client: directory.client)
        self.mailbox = mailbox
        self.detailConcurrency = max(1, detailConcurrency)
        self.draftStore = draftStore
        self.purchases = purchases
        self.registrationWaiter = registrationWaiter
        reservationNames = ReservationNames(client: directory.client)
    }

    /// Probes the team ledger every `interval` and posts what it found whenever that changes, so the header's
    /// `LEDGER OFFLINE` badge follows the server. Does nothing without a ledger. Stopped by `cancelAll()`.
    public func watchLedger(every interval: Duration = .seconds(5)) {
        guard let check = ledgerCheck else { return }
        let mailbox = self.mailbox
        replace(.ledgerWatch) {
            var last: String?? = .none
            while !Task.isCancelled {
                let reason = await check()
                if last != .some(reason) {
                    mailbox.post(.ledgerChecked(offlineReason: reason))
                    last = .some(reason)
                }
                try? await Task.sleep(for: interval)
            }
        }
    }

    public func run(_ effects: [Effect]) {
        for effect in effects { run(effect) }
    }

    public func run(_ effect: Effect) {
        let directory = self.directory
        let mailbox = self.mailbox
        switch effect {
        case .loadCustomers:
            replace(.customers) {
                do {
                    for try await progress in directory.loadAll() {
                        mailbox.post(
                            .customersPageLoaded(progress.page, loaded: progress.loaded, total: progress.total, isComplete: progress.isComplete))
                    }
                } catch is CancellationError {
                } catch {
                    mailbox.postUnlessCancelled(.customersFailed(Self.message(error)))
                }
            }
        case .cancelCustomerLoad:
            cancel(.customers)
        case .loadCustomerDetails(let ids):
            let limit = detailConcurrency
            track {
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
            perform(.subscriptions, { .subscriptionsLoaded(id, try await directory.subscriptions(for: id)) },
                    failed: { .subscriptionsFailed(id, $0) })
        case .loadCatalog, .cancelCatalogLoad, .rememberCatalog, .releaseFreeMemory, .loadAvailabilities, .checkInventory:
            runCatalog(effect)
        case .loadRegistrationStatuses, .registerSubscription, .loadAzureEntitlements:
            runRegistration(effect)
        case .loadReservations, .loadReservationDetails, .loadSKUNames, .planRenewal:
            runReservations(effect)
        case .loadExpiryBoard, .cancelExpiryBoard:
            runExpiryBoard(effect)
        case .loadBilling, .loadInvoiceLineItems, .cancelInvoiceLineItems, .exportLineItems, .downloadStatement:
            runBilling(effect)
        case .findOrderInvoiceLines, .cancelOrderInvoiceLines, .loadOrder:
            runReconciliation(effect)
        case .restoreCartDraft, .saveCartDraft, .preflight, .checkout, .loadOrders, .loadOrderProvisioning,
            .findUnfinishedPurchases, .inspectPurchases:
            runCommerce(effect)
        }
    }

    /// Registration status reads, and registering with polling until registered.
    private func runRegistration(_ effect: Effect) {
        let client = directory.client
        let mailbox = self.mailbox
        let waiter = registrationWaiter
        let audit = self.audit
        let profile = profileName
        switch effect {
        case .loadRegistrationStatuses(let customerID, let ids):
            track {
                // Stopped (at quit) part way: the statuses not read are not reported as failures.
                for id in ids where !Task.isCancelled {
                    let subscription = client.customers.byID(customerID).subscriptions.byID(id)
                    do {
                        mailbox.postUnlessCancelled(.registrationStatusLoaded(id, try await subscription.registrationStatus().status))
                    } catch {
                        mailbox.postUnlessCancelled(.registrationStatusFailed(id, Self.message(error)))
                    }
                }
            }
        case .loadAzureEntitlements(let customerID, let plans):
            track {
                for plan in plans {
                    // A plan whose subscriptions cannot be listed just shows none; the pane stays usable.
                    if let items = try? await client.customers.byID(customerID).subscriptions.byID(plan).azureEntitlements() {
                        mailbox.post(.azureEntitlementsLoaded(plan, items))
                    }
                }
            }
        case .registerSubscription(let customerID, let id):
            // Not replaceable: registering one subscription must not stop another's polling.
            track {
                let subscription = client.customers.byID(customerID).subscriptions.byID(id)
                // Never register without the record: a ledger that is down refuses it, with the reason.
                if let reason = await self.ledgerCheck?() {
                    mailbox.post(.ledgerChecked(offlineReason: reason))
                    mailbox.post(.registrationFailed(id, "Not sent: registrations need the ledger. \(reason)"))
                    return
                }
                // Every registration attempt is audited, as on the command line.
                func record(_ outcome: String, _ error: (any Error)? = nil) async {
                    let serviceError = error as? PartnerCenterError
                    _ = try? await audit?.append(AuditRecord.registration(
                        customerID: customerID.rawValue, subscriptionID: id.rawValue, profile: profile, outcome: outcome,
                        detail: error.map(Self.message), requestID: serviceError?.requestID?.rawValue,
                        correlationID: serviceError?.correlationID?.rawValue))
                }
                do {
                    do {
                        _ = try await subscription.register()
                        await record("sent")
                    } catch {
                        await record("failed", error)
                        throw error
                    }
                    _ = try await waiter.wait(
                        status: { try await subscription.registrationStatus() },
                        onStatus: { mailbox.post(.registrationStatusLoaded(id, $0.status)) })
                    mailbox.post(.registrationFinished(id))
                } catch {
                    mailbox.post(.registrationFailed(id, Self.message(error)))
                }
            }
        default:
            break
        }
    }

    /// The cart draft on disk, preflight and checkout, and orders.
    private func runCommerce(_ effect: Effect) {
        let client = directory.client
        let mailbox = self.mailbox
        switch effect {
        case .restoreCartDraft:
            mailbox.post(.cartDraftRestored(draftStore?.load() ?? .none))
        case .saveCartDraft(let draft):
            // Synchronous on purpose: the draft is on disk before the next key is read, so a SIGHUP right after
            // a change loses nothing.
            do { try draftStore?.save(draft) } catch { mailbox.post(.cartDraftSaveFailed(Self.message(error))) }
        case .preflight(let draft):
            guard let purchases else { return mailbox.post(.preflightFinished(["Purchases are not available in this session"])) }
            replace(.preflight) {
                let duplicates = await purchases.duplicates(draft)
                let problems = await purchases.preflight(draft)
                guard !Task.isCancelled else { return }
                // Before the preflight's answer, so the summary opens with the warning already in place.
                mailbox.post(.duplicateWarnings(duplicates))
                mailbox.post(.preflightFinished(problems))
            }
        case .checkout(let draft, let allowingDuplicate):
            guard let purchases else {
                return mailbox.post(.checkoutFailed("Purchases are not available in this session", nothingSent: true))
            }
            // Never cancelled: once sent, the checkout's answer must be read and journaled.
            replace(.checkout(nextUnique())) {
                do {
                    mailbox.post(.checkoutFinished(try await purchases.checkout(draft, allowingDuplicate: allowingDuplicate)))
                } catch let refusal as CheckoutDuplicateRefusal {
                    mailbox.post(.checkoutRefusedAsDuplicate(refusal.duplicates))
                } catch let error as PurchaseError where error.nothingWasSent {
                    mailbox.post(.checkoutFailed(Self.message(error), nothingSent: true))
                } catch {
                    mailbox.post(.checkoutFailed(Self.message(error)))
                }
            }
        case .findUnfinishedPurchases:
            guard let purchases else { return }
            track {
                let found = await purchases.unfinished()
                if !found.isEmpty { mailbox.post(.unfinishedPurchasesFound(found)) }
                let notes = await purchases.journalNotes()
                if !notes.isEmpty { mailbox.post(.journalNotes(notes)) }
            }
        case .inspectPurchases(let found):
            guard let purchases else { return }
            replace(.inspectPurchases) {
                let rows = await purchases.inspect(found)
                mailbox.postUnlessCancelled(.purchasesInspected(rows))
            }
        case .loadOrders(let customerID, let oneTimeOnly):
            replace(.orders) {
                do {
                    let items = try await client.customers.byID(customerID).orders.list(billingCycle: oneTimeOnly ? .oneTime : nil)
                    if Task.isCancelled { return }
                    mailbox.post(.ordersLoaded(customerID, items))
                    // Partner Center lists new orders up to 15 minutes late: what this host placed is read by ID.
                    if let purchases = self.purchases {
                        let unlisted = await purchases.unlistedOrders(customerID: customerID, listed: Set(items.map(\.id)))
                        if !unlisted.isEmpty, !Task.isCancelled { mailbox.post(.unlistedOrdersFound(customerID, unlisted)) }
                    }
                } catch {
                    mailbox.postUnlessCancelled(.ordersFailed(customerID, Self.message(error)))
                }
            }
        case .loadOrderProvisioning(let customerID, let orderID, let link):
            perform(.orderDetail, {
                .orderProvisioningLoaded(
                    orderID, try await client.customers.byID(customerID).orders.provisioningStatus(of: orderID, following: link))
            }, failed: { .orderProvisioningFailed(orderID, $0) })
        default:
            break
        }
    }

    /// Runs the catalog effects.
    private func runCatalog(_ effect: Effect) {
        let catalog = self.catalog
        let mailbox = self.mailbox
        switch effect {
        case .loadCatalog(let request):
            let generation = request.generation
            replace(.catalog) {
                do {
                    let events = catalog.load(
                        country: request.country, view: request.view, scope: request.scope, useCache: request.useCache)
                    for try await event in events {
                        guard !Task.isCancelled else { return }
                        let action = Action.catalog(event, generation: generation, now: Date())
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
                    mailbox.postUnlessCancelled(.catalogFailed(generation: generation, Self.message(error)))
                }
            }
        case .cancelCatalogLoad:
            cancel(.catalog)
        case .rememberCatalog(let request, let index, let products):
            // Not a replaceable kind: a store is quick and should not be cut short by the next load.
            track(priority: .utility) {
                // A cache that cannot be written costs only the next open its speed.
                try? catalog.remember(
                    index, productCount: products, country: request.country, view: request.view, scope: request.scope)
            }
        case .releaseFreeMemory:
            track(priority: .utility) { MallocTuning.releaseFreePages() }
        case .loadAvailabilities(let key, let country, let scope):
            perform(.availabilities, {
                .availabilitiesLoaded(
                    key, try await catalog.availabilities(productID: key.productID, skuID: key.skuID, country: country, scope: scope))
            }, failed: { .availabilitiesFailed(key, $0) })
        case .checkInventory(let key, let customerID, let subscriptionID, let region, let country):
            perform(.inventory, {
                .inventoryChecked(
                    key,
                    try await catalog.checkInventory(
                        productID: key.productID, skuID: key.skuID, customerID: customerID,
                        azureSubscriptionID: subscriptionID, armRegionName: region, country: country))
            }, failed: { .inventoryCheckFailed(key, $0) })
        default:
            break
        }
    }

    /// Cancels everything still running (at quit), but a checkout, whose answer must still be journaled.
    public func cancelAll() {
        let tasks = lock.withLock {
            let cancelled = running.filter { !$0.key.survivesCancelAll }
            for slot in cancelled.keys { running.removeValue(forKey: slot) }
            return cancelled.values.map(\.task)
        }
        tasks.forEach { $0.cancel() }
    }

    /// How many effect tasks are running now (tests).
    var runningCount: Int { lock.withLock { running.count } }

    /// Runs `operation` in `slot`, cancelling the task that was there.
    func replace(_ slot: EffectSlot, priority: TaskPriority? = nil, _ operation: @escaping @Sendable () async -> Void) {
        let previous: Task<Void, Never>? = lock.withLock {
            started += 1
            let number = started
            // Created under the lock, so the task cannot finish (and remove itself) before it is recorded.
            let task = Task(priority: priority) {
                await operation()
                self.finished(slot, number: number)
            }
            return running.updateValue((number, task), forKey: slot)?.task
        }
        previous?.cancel()
    }

    /// Runs `operation` in a slot of its own: it replaces nothing, and `cancelAll` still reaches it.
    func track(priority: TaskPriority? = nil, _ operation: @escaping @Sendable () async -> Void) {
        replace(.unique(nextUnique()), priority: priority, operation)
    }

    /// A number for a slot of its own.
    func nextUnique() -> Int {
        lock.withLock {
            uniques += 1
            return uniques
        }
    }

    /// Runs `work` in `slot` and posts the action it returns, or `failed` with the error's line; nothing is posted
    /// once the task is cancelled (replaced by a newer one, or stopped).
    func perform(
        _ slot: EffectSlot, _ work: @escaping @Sendable () async throws -> Action, failed: @escaping @Sendable (String) -> Action
    ) {
        let mailbox = self.mailbox
        replace(slot) {
            do {
                mailbox.postUnlessCancelled(try await work())
            } catch {
                mailbox.postUnlessCancelled(failed(Self.message(error)))
            }
        }
    }

    private func finished(_ slot: EffectSlot, number: Int) {
        lock.withLock {
            if running[slot]?.number == number { running.removeValue(forKey: slot) }
        }
    }

    func cancel(_ slot: EffectSlot) {
        let task = lock.withLock { running.removeValue(forKey: slot)?.task }
        task?.cancel()
    }

    /// One readable line for the status bar.
    static func message(_ error: any Error) -> String {
        if let error = error as? PartnerCenterError { return error.summary }
        return String(describing: error)
    }
}
