import Foundation
import ReservationsCore

/// Routes each effect to its feature's ``EffectHandler``; the handlers start tasks in one ``EffectTasks`` and
/// answer through its mailbox.
public final class EffectRunner: Sendable {
    let tasks: EffectTasks
    private let customers: CustomerEffects
    private let registration: RegistrationEffects
    private let catalog: CatalogEffects
    private let commerce: CommerceEffects
    private let reservations: ReservationEffects
    private let expiry: ExpiryEffects
    private let billing: BillingEffects
    private let orders: OrderEffects
    /// Asks the team ledger whether it can be used: nil when it can (or there is none), else why not.
    private let ledgerCheck: (@Sendable () async -> String?)?

    /// - Parameters:
    ///   - detailConcurrency: How many customer details are read at once.
    ///   - catalog: Loads catalogs; by default one over the directory's client, four products at a time.
    ///   - draftStore: Where the cart draft is kept; nil keeps it in memory only (tests).
    ///   - purchases: Runs preflight and checkout; nil refuses them with a message.
    ///   - clock: The session's time, which loads stamp their answers with (days left, the month of unbilled charges,
    ///     a cached catalog's age); the in-process sandbox's clock on the sandbox.
    public init(
        directory: CustomerDirectory, mailbox: Mailbox, detailConcurrency: Int = 4, catalog: CatalogLoader? = nil,
        draftStore: CartDraftStore? = nil, purchases: (any CheckoutPerformer)? = nil,
        registrationWaiter: RegistrationWaiter = RegistrationWaiter(), audit: (any AuditTrail)? = nil, profileName: String = "sandbox",
        ledgerCheck: (@Sendable () async -> String?)? = nil, clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        let client = directory.client
        let orders = OrderBook(client: client)
        tasks = EffectTasks(mailbox: mailbox)
        customers = CustomerEffects(directory: directory, detailConcurrency: detailConcurrency)
        registration = RegistrationEffects(
            registry: SubscriptionRegistry(client: client), waiter: registrationWaiter, audit: audit, profileName: profileName,
            ledgerCheck: ledgerCheck)
        self.catalog = CatalogEffects(catalog: catalog ?? CatalogLoader(client: client), clock: clock)
        commerce = CommerceEffects(draftStore: draftStore, purchases: purchases)
        reservations = ReservationEffects(
            book: ReservationBook(client: client), purchases: purchases, names: ReservationNames(client: client), clock: clock)
        expiry = ExpiryEffects(loader: ExpiryBoardLoader(directory: directory), clock: clock)
        billing = BillingEffects(desk: BillingDesk(client: client), clock: clock)
        self.orders = OrderEffects(orders: orders, search: OrderInvoiceLineSearch(client: client), purchases: purchases)
        self.ledgerCheck = ledgerCheck
    }

    public var mailbox: Mailbox { tasks.mailbox }

    /// Probes the team ledger every `interval` and posts what it found whenever that changes, so the header's
    /// `LEDGER OFFLINE` badge follows the server. Does nothing without a ledger. Stopped by `cancelAll()`.
    public func watchLedger(every interval: Duration = .seconds(5)) {
        guard let check = ledgerCheck else { return }
        let mailbox = self.mailbox
        tasks.replace(.ledgerWatch) {
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

    /// Hands the effect to its feature's handler.
    public func run(_ effect: Effect) {
        switch effect {
        case .customers(let effect): customers.run(effect, in: tasks)
        case .subscriptions(let effect): registration.run(effect, in: tasks)
        case .catalog(let effect): catalog.run(effect, in: tasks)
        case .cart(let effect): commerce.run(effect, in: tasks)
        case .orders(let effect): orders.run(effect, in: tasks)
        case .reservations(let effect): reservations.run(effect, in: tasks)
        case .billing(let effect): billing.run(effect, in: tasks)
        case .expiryBoard(let effect): expiry.run(effect, in: tasks)
        }
    }

    /// Cancels everything still running (at quit), but a checkout, whose answer must still be journaled.
    public func cancelAll() {
        tasks.cancelAll()
    }

    /// How many effect tasks are running now (tests).
    var runningCount: Int { tasks.runningCount }
}
