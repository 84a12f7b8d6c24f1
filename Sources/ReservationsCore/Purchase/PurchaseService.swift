import Foundation
import PartnerCenter

/// Buys reservations safely: preflight, then a journaled cart and checkout that can be retried or resolved after a
/// crash or timeout without ever placing a second order for the same intent.
///
/// ```swift
/// let service = PurchaseService(client: client, journal: try CheckoutJournal.open(at: paths.checkoutJournal),
///                               audit: AuditLog(url: paths.auditLog), scope: scope)
/// let result = try await service.buy(intent)            // PurchaseError.refusedByPreflight lists every problem
/// for entry in try await service.unfinished() { print(await service.inspect(entry.intent.id).message) }
/// ```
///
/// Every step is journaled before it is sent. Cart creation and checkout carry `MS-RequestId`s derived from the
/// intent's idempotency key, and a retry re-sends the journaled cart with the same request ID. After a timeout,
/// dropped connection, 5xx, 429 or unreadable answer the service looks at the cart (and, if need be, the
/// customer's orders) to find out whether the checkout committed before sending anything again.
///
/// Only `buy`, `checkout(intent:)`, `checkout(cartID:…)` and `continueJournaled` send a checkout, and each is
/// called for a purchase the operator confirmed in this run (BUY, `--yes`). Recovery (`inspect`) only reads.
/// Partner Center lists a new order up to 15 minutes after checkout (`orderListDelay`): inside that window an
/// empty order list proves nothing, and the service never concludes "nothing was bought" from one.
public actor PurchaseService {
    /// Where a test makes the service "die", to check that a new service over the same journal resolves the intent.
    enum CrashPoint: Sendable, CaseIterable {
        case afterJournal, afterCartCreated, afterCheckoutSent, afterResponse
    }

    /// Thrown at a `CrashPoint`.
    struct SimulatedCrash: Error {}

    let client: PartnerCenterClient
    public nonisolated let journal: any JournalStore
    let audit: (any AuditTrail)?
    let operatorIdentity: OperatorIdentity
    /// The profile, endpoint and tenant this service buys under; the journal's other entries are left alone.
    public nonisolated let scope: JournalScope
    let maxCheckoutAttempts: Int
    let retryDelay: Duration
    /// How long Partner Center may take to list a new order (documented: up to 15 minutes).
    let orderListDelay: TimeInterval
    let clock: @Sendable () -> Date
    var crashPoint: CrashPoint?

    /// Partner Center's documented delay before a new order shows in the customer's order list.
    public static let partnerCenterOrderListDelay: TimeInterval = 15 * 60

    var profile: String { scope.profile }
    /// `login@host`, as the journal records who bought.
    var operatorName: String { "\(operatorIdentity.login)@\(ProcessInfo.processInfo.hostName)" }

    /// - Parameters:
    ///   - client: the Partner Center client (its retry policy runs inside each attempt).
    ///   - journal: the checkout journal; share one file between runs so unfinished intents can be resolved.
    ///   - audit: where attempts are recorded; nil records nothing.
    ///   - operatorIdentity: who is buying, for the audit log.
    ///   - scope: the profile, endpoint and tenant; recorded with every entry, and entries of another scope are
    ///     never looked into or continued.
    ///   - maxCheckoutAttempts: how often checkout is sent before the outcome is reported as unknown.
    ///   - retryDelay: the pause before the first retry; doubled for each further one.
    ///   - orderListDelay: how long an empty order list proves nothing after a checkout was sent.
    ///   - clock: the time (tests move it instead of sleeping).
    public init(
        client: PartnerCenterClient, journal: any JournalStore, audit: (any AuditTrail)? = nil,
        operatorIdentity: OperatorIdentity = .current(), scope: JournalScope = .unnamed, maxCheckoutAttempts: Int = 4,
        retryDelay: Duration = .milliseconds(250), orderListDelay: TimeInterval = PurchaseService.partnerCenterOrderListDelay,
        clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.init(
            client: client, journal: journal, audit: audit, operatorIdentity: operatorIdentity, scope: scope,
            maxCheckoutAttempts: maxCheckoutAttempts, retryDelay: retryDelay, orderListDelay: orderListDelay, clock: clock,
            crashPoint: nil)
    }

    init(
        client: PartnerCenterClient, journal: any JournalStore, audit: (any AuditTrail)? = nil, operatorIdentity: OperatorIdentity,
        scope: JournalScope = .unnamed, maxCheckoutAttempts: Int = 4, retryDelay: Duration = .milliseconds(250),
        orderListDelay: TimeInterval = PurchaseService.partnerCenterOrderListDelay, clock: @escaping @Sendable () -> Date = { Date() },
        crashPoint: CrashPoint?
    ) {
        self.client = client
        self.journal = journal
        self.audit = audit
        self.operatorIdentity = operatorIdentity
        self.scope = scope
        self.maxCheckoutAttempts = max(1, maxCheckoutAttempts)
        self.retryDelay = retryDelay
        self.orderListDelay = orderListDelay
        self.clock = clock
        self.crashPoint = crashPoint
    }

    // MARK: - API

    /// Every problem with the intent (see `Preflight`), including an expired journaled cart.
    public func preflight(_ intent: PurchaseIntent) async -> [PreflightProblem] {
        let existing = try? await journal.entry(for: intent.id)?.cartID
        return await Preflight(client: client).problems(for: intent, existingCart: existing ?? nil, now: clock())
    }

    /// Journals the intent and creates its cart, or returns the cart already journaled for it. The entry is an open
    /// cart, not a checkout: nothing is bought, and recovery never offers it for checkout.
    /// A cart whose lines the service refused marks the intent failed (its lines carry the errors).
    public func createCart(for intent: PurchaseIntent) async throws -> Cart {
        try await createCart(for: intent, confirmed: false)
    }

    private func createCart(for intent: PurchaseIntent, confirmed: Bool) async throws -> Cart {
        let entry = try await record(intent, confirmed: confirmed)
        let carts = client.customers.byID(intent.customerID).carts
        if let cartID = entry.cartID { return try await carts.byID(cartID).get() }
        try crash(at: .afterJournal)
        // What goes into each line's provisioningContext depends on the SKU and the subscription's kind (§4).
        // A failed read leaves the intent as recorded: nothing was sent, and a retry reads again.
        let provisioning = try await Preflight(client: client).provisioning(for: intent)
        let cartToCreate = intent.cart(provisioning: provisioning)
        var lastError: PartnerCenterError?
        for attempt in 0..<maxCheckoutAttempts {
            if attempt > 0 { try await pause(attempt, after: lastError) }
            do {
                // The same request ID on every attempt: a create that committed but lost its answer replays the cart.
                let cart = try await carts.create(cartToCreate, requestID: entry.cartRequestID)
                guard let cartID = cart.id else {
                    throw PartnerCenterError(kind: .malformedResponse(field: "id"), operation: "create cart", detail: "the cart has no ID")
                }
                try await journal.recordCartCreated(intent.id, cartID: cartID, now: clock())
                if !cart.linesWithErrors.isEmpty {
                    try await journal.recordFailed(intent.id, reason: "The cart refused lines: " + Self.lineErrors(in: cart).map(\.message).joined(separator: "; "), now: clock())
                }
                try crash(at: .afterCartCreated)
                return cart
            } catch let error as PartnerCenterError where Self.isAmbiguous(error) {
                lastError = error
            } catch let error as PartnerCenterError {
                try await journal.recordFailed(intent.id, reason: error.summary, now: clock())
                await writeAudit(action: "cart", intent: intent, entry: try await journal.entry(for: intent.id), outcome: "failed", detail: error.summary,
                           correlationID: error.correlationID?.rawValue)
                throw error
            }
        }
        throw PurchaseError(
            kind: .outcomeUnknown, message: "The cart could not be created: \(lastError?.summary ?? "no answer"). Nothing was bought; retry with the same idempotency key.",
            intentID: intent.id, underlying: lastError)
    }

    /// Checks out the intent's cart (creating it first if needed), journaling every step; safe to call again with
    /// the same intent after any failure. Call it only for a purchase the operator confirmed in this run.
    /// - Throws: `PurchaseError.outcomeUnknown` when the outcome could not be found out (look with `inspect` later).
    public func checkout(intent: PurchaseIntent) async throws -> PurchaseResult {
        try await checkout(intent: intent, guardingDuplicates: false)
    }

    private func checkout(intent: PurchaseIntent, guardingDuplicates: Bool) async throws -> PurchaseResult {
        var entry = try await record(intent, confirmed: true, guardingDuplicates: guardingDuplicates)
        if entry.stage.isFinal { return await finalResult(entry, alreadyPlaced: entry.stage == .completed) }
        if entry.cartID == nil {
            _ = try await createCart(for: intent, confirmed: true)
            entry = try await journalEntry(intent.id)
            if entry.stage.isFinal { return await finalResult(entry, alreadyPlaced: false) }
        }
        return try await driveCheckout(entry)
    }

    /// Checks out a cart that was created elsewhere (e.g. `pcres cart create`): journals it under `intentID`
    /// (default `cart-<id>`) with the cart's lines, then checks out as `checkout(intent:)` does.
    /// Unless `allowDuplicate`, a cart not checked out yet is refused when `duplicates(of:)` finds an earlier
    /// purchase of the same item (`PurchaseError.possibleDuplicate`).
    public func checkout(
        cartID: CartID, customerID: CustomerID, intentID: String? = nil, allowDuplicate: Bool = false
    ) async throws -> PurchaseResult {
        // A cart created through `createCart(for:)` is already journaled under its intent's key.
        let journaled = try await journal.entries().first { $0.cartID == cartID && $0.intent.customerID == customerID }
        let key = intentID ?? journaled?.intent.id ?? "cart-\(cartID.rawValue)"
        if let entry = try await journal.entry(for: key) {
            try requireScope(entry)
            if entry.stage.isFinal { return await finalResult(entry, alreadyPlaced: entry.stage == .completed) }
            if !allowDuplicate, entry.lastCheckoutSentAt == nil { try await refuseDuplicates(of: entry.intent, existing: entry) }
            let guarding = !allowDuplicate && entry.lastCheckoutSentAt == nil
            return try await driveCheckout(try await record(entry.intent, confirmed: true, guardingDuplicates: guarding))
        }
        let cart = try await client.customers.byID(customerID).carts.byID(cartID).get()
        let lines = cart.lineItems.map { item in
            PurchaseLine(
                catalogItemID: item.catalogItemID, quantity: item.quantity, termDuration: item.termDuration ?? "",
                billingCycle: item.billingCycle, scope: PurchaseScope(rawValue: (item.provisioningContext["scope"] ?? "shared").lowercased()) ?? .shared,
                subscriptionID: SubscriptionID(item.provisioningContext["subscriptionId"] ?? ""), friendlyName: item.friendlyName)
        }
        let intent = PurchaseIntent(id: key, customerID: customerID, lines: lines, profile: profile)
        if !allowDuplicate { try await refuseDuplicates(of: intent, existing: nil) }
        try await record(intent, confirmed: true, guardingDuplicates: !allowDuplicate)
        let entry = try await journal.recordCartCreated(key, cartID: cartID, now: clock())
        if !cart.linesWithErrors.isEmpty {
            try await journal.recordFailed(key, reason: "The cart refused lines: " + Self.lineErrors(in: cart).map(\.message).joined(separator: "; "), now: clock())
            return await finalResult(try await journalEntry(key), alreadyPlaced: false)
        }
        return try await driveCheckout(entry)
    }

    /// Preflight and the duplicate guard (for an intent not sent yet), then cart and checkout.
    /// - Parameter allowDuplicate: the operator's second confirmation that an earlier purchase of the same item for
    ///   the same customer within 24 hours is not a reason to stop.
    /// - Throws: `PurchaseError.refusedByPreflight` with every problem; `.possibleDuplicate` with the earlier
    ///   purchases; `.outcomeUnknown` as `checkout`.
    public func buy(_ intent: PurchaseIntent, runPreflight: Bool = true, allowDuplicate: Bool = false) async throws -> PurchaseResult {
        let existing: CheckoutJournalEntry?
        do {
            existing = try await journal.entry(for: intent.id)
        } catch let error as LedgerError {
            throw Self.unrecorded(error, intentID: intent.id)
        }
        let notSentYet = existing == nil || existing?.stage == .intentRecorded
        if runPreflight, notSentYet {
            let problems = await preflight(intent)
            if !problems.isEmpty {
                await writeAudit(action: "purchase", intent: intent, entry: existing, outcome: "refused",
                           detail: problems.map(\.description).joined(separator: "; "))
                throw PurchaseError(
                    kind: .refusedByPreflight, message: "Refused by preflight: \(problems.count) problem\(problems.count == 1 ? "" : "s").",
                    problems: problems, intentID: intent.id)
            }
        }
        if !allowDuplicate, notSentYet {
            try await refuseDuplicates(of: intent, existing: existing)
        }
        // The journal checks again while it records: another host may have recorded the same item since.
        return try await checkout(intent: intent, guardingDuplicates: !allowDuplicate && notSentYet)
    }

    /// Throws `.possibleDuplicate` when `duplicates(of:)` finds earlier purchases of the same item.
    func refuseDuplicates(of intent: PurchaseIntent, existing: CheckoutJournalEntry?) async throws {
        let found = await duplicates(of: intent)
        guard !found.isEmpty else { return }
        throw await duplicateRefusal(of: intent, existing: existing, found: found)
    }

    /// Audits the refusal and returns the `.possibleDuplicate` error naming each earlier purchase.
    private func duplicateRefusal(of intent: PurchaseIntent, existing: CheckoutJournalEntry?, found: [DuplicatePurchase]) async -> PurchaseError {
        let now = clock()
        let described = found.map { $0.message(now: now) }.joined(separator: "; ")
        await writeAudit(action: "purchase", intent: intent, entry: existing, outcome: "refused", detail: "possible duplicate: " + described)
        return PurchaseError(
            kind: .possibleDuplicate, message: "Possible duplicate: " + described + ". Nothing was sent.", duplicates: found, intentID: intent.id)
    }

    /// Checks out a purchase the journal already holds (the interface's "continue" after the operator typed BUY
    /// on its summary): the same cart, the same request ID.
    public func continueJournaled(_ intentID: String) async throws -> PurchaseResult {
        let entry = try await journalEntry(intentID)
        try requireScope(entry)
        return try await checkout(intent: entry.intent)
    }

    /// Confirmed checkouts of this scope that are neither completed nor failed: what recovery looks into.
    public func unfinished() async throws -> [CheckoutJournalEntry] {
        try await journal.unfinished().filter { $0.scope == scope && $0.isCheckoutConfirmed }
    }

    /// Carts of this scope made without a confirmed checkout (`cart create`): open carts, nothing bought.
    public func openCarts() async throws -> [CheckoutJournalEntry] {
        try await journal.unfinished().filter { $0.scope == scope && !$0.isCheckoutConfirmed }
    }

    /// Unsettled entries of other profiles, endpoints or tenants (or from before scopes were recorded): shown with
    /// their profile, never looked into or continued here.
    public func otherScopes() async throws -> [CheckoutJournalEntry] {
        try await journal.unfinished().filter { $0.scope != scope }
    }

    /// Earlier purchases of any of the intent's items (same product and SKU) for its customer within 24 hours:
    /// this host's journal first (it knows orders Partner Center does not list yet), then the customer's orders.
    public func duplicates(of intent: PurchaseIntent) async -> [DuplicatePurchase] {
        let now = clock()
        let since = now.addingTimeInterval(-86_400)
        let wanted = Set(intent.lines.map { DuplicatePurchase.itemKey($0.catalogItemID.rawValue) })
        let entries = (try? await journal.entries()) ?? []
        var found = DuplicatePurchase.journaled(in: entries, for: intent, scope: scope, since: since)
        let known = Set(entries.flatMap(\.orderIDs))
        if let orders = try? await client.customers.byID(intent.customerID).orders.list() {
            for order in orders where !known.contains(order.id) && (order.creationDate.map { $0 >= since } ?? false) {
                for line in order.lineItems where wanted.contains(DuplicatePurchase.itemKey(line.offerId)) {
                    found.append(DuplicatePurchase(
                        what: "\(line.quantity) × \(line.friendlyName ?? line.offerId)", at: order.creationDate ?? now, orderID: order.id,
                        operatorName: nil, source: .orders))
                }
            }
        }
        return found.sorted { $0.at > $1.at }
    }

    // MARK: - Recovery (looks, never sends)

    /// Orders this host placed for the customer in the last 24 hours that `listed` (Partner Center's order list)
    /// does not hold yet, read by ID, which answers at once. At most the 20 newest purchases are read.
    public func unlistedOrders(customerID: CustomerID, listed: Set<OrderID>) async -> [UnlistedOrder] {
        let since = clock().addingTimeInterval(-86_400)
        let entries = ((try? await journal.entries()) ?? []).filter {
            $0.scope == scope && $0.intent.customerID == customerID && $0.stage == .completed && ($0.lastCheckoutSentAt ?? $0.updatedAt) >= since
        }
        var found: [UnlistedOrder] = []
        let orders = client.customers.byID(customerID).orders
        for entry in entries.suffix(20) {
            for id in entry.orderIDs where !listed.contains(id) {
                if let order = try? await orders.byID(id).get() {
                    found.append(UnlistedOrder(order: order, placedAt: entry.lastCheckoutSentAt ?? entry.updatedAt))
                }
            }
        }
        return found
    }


    /// Finds out where a journaled purchase stands by reading only: the journal, the cart, and the customer's
    /// orders. Sends nothing. A definite answer (orders found, cart expired, nothing bought past the listing delay)
    /// settles the journal entry; anything else leaves it open.
    public func inspect(_ intentID: String) async throws -> PurchaseFinding {
        let entry = try await journalEntry(intentID)
        switch entry.stage {
        case .completed: return PurchaseFinding(entry: entry, state: .completed(entry.orderIDs))
        case .failed: return PurchaseFinding(entry: entry, state: .failed(entry.note ?? "refused"))
        default: break
        }
        guard entry.scope == scope else { return PurchaseFinding(entry: entry, state: .otherScope(entry.scope)) }
        let now = clock()
        let checkoutSent = entry.lastCheckoutSentAt != nil || entry.stage == .checkoutSent
        let recheck = entry.listingSettles(listingDelay: orderListDelay)
        guard let cartID = entry.cartID else { return PurchaseFinding(entry: entry, state: .checkoutNeverSent) }
        let cartNode = client.customers.byID(entry.intent.customerID).carts.byID(cartID)
        do {
            let cart = try await cartNode.get()
            if cart.status == .ordered {
                let orders = checkoutSent ? await matchingOrders(for: entry) : []
                if !orders.isEmpty { return try await settlePlaced(entry, orders) }
                return PurchaseFinding(entry: entry, state: .cartOrdered(cartID, recheckAfter: recheck.flatMap { $0 > now ? $0 : nil }))
            }
            if cart.status == .expired || cart.isExpired(now: now) {
                let reason = "cart \(cartID) expired before it was checked out."
                return PurchaseFinding(entry: try await journal.recordFailed(intentID, reason: "Cart \(cartID) expired; nothing was bought.", now: clock()),
                                       state: .nothingBought(reason))
            }
            return PurchaseFinding(entry: entry, state: .cartActive(cartID))
        } catch let error as PartnerCenterError where error.isNotFound {
            guard checkoutSent else {
                // The journal records a checkout before sending it: none was sent, so this cart bought nothing.
                let reason = "cart \(cartID) no longer exists and checkout was never sent."
                return PurchaseFinding(entry: try await journal.recordFailed(intentID, reason: "Nothing was bought: " + reason, now: clock()), state: .nothingBought(reason))
            }
            let orders = await matchingOrders(for: entry)
            if !orders.isEmpty { return try await settlePlaced(entry, orders) }
            if entry.mayBeUnlisted(now: now, listingDelay: orderListDelay) {
                return PurchaseFinding(
                    entry: entry,
                    state: .unknown("cart \(cartID) no longer exists and Partner Center lists new orders up to 15 minutes late.",
                                    recheckAfter: recheck))
            }
            let reason = "cart \(cartID) no longer exists and the order list, 15 minutes after checkout, shows no order for it."
            return PurchaseFinding(entry: try await journal.recordFailed(intentID, reason: "Nothing was bought: " + reason, now: clock()), state: .nothingBought(reason))
        } catch {
            let reason = FailureText.of(error)
            return PurchaseFinding(entry: entry, state: .unknown("the cart could not be read (\(reason)).", recheckAfter: nil))
        }
    }

    private func settlePlaced(_ entry: CheckoutJournalEntry, _ orders: [Order]) async throws -> PurchaseFinding {
        let ids = orders.map(\.id)
        let final = try await journal.recordCompleted(entry.intent.id, orderIDs: ids, now: clock())
        await writeAudit(action: "checkout", intent: entry.intent, entry: final, outcome: "completed", detail: "found by recovery")
        return PurchaseFinding(entry: final, state: .placed(ids))
    }

    // MARK: - Checkout

    private func driveCheckout(_ start: CheckoutJournalEntry) async throws -> PurchaseResult {
        var entry = start
        let intentID = entry.intent.id
        guard let cartID = entry.cartID else { throw PurchaseError(kind: .journal, message: "Intent \(intentID) has no cart.", intentID: intentID) }
        let requestID = entry.checkoutRequestID ?? entry.intent.requestID(for: "checkout")
        let cartNode = client.customers.byID(entry.intent.customerID).carts.byID(cartID)
        var lastError: PartnerCenterError?
        for attempt in 0..<maxCheckoutAttempts {
            if attempt > 0 { try await pause(attempt, after: lastError) }
            if entry.stage == .checkoutSent || entry.stage == .cartCreated {
                // An earlier attempt (maybe by a process that died) may have committed: look before sending.
                switch await investigate(entry, cartNode: cartNode, requestID: requestID) {
                case .committed(let result):
                    return try await finish(entry, result, alreadyPlaced: true)
                case .gone(let reason):
                    try await journal.recordFailed(intentID, reason: reason, now: clock())
                    let failed = try await journalEntry(intentID)
                    await writeAudit(action: "checkout", intent: entry.intent, entry: failed, outcome: "failed", detail: reason)
                    return await finalResult(failed, alreadyPlaced: false)
                case .notCommitted, .unknown:
                    break  // re-sending the same cart with the same request ID cannot order twice
                }
            }
            entry = try await journal.recordCheckoutSent(intentID, requestID: requestID, now: clock())
            let outcome: Result<CartCheckoutResult, PartnerCenterError>
            do {
                outcome = .success(try await cartNode.checkOut(requestID: requestID))
            } catch let error as PartnerCenterError {
                outcome = .failure(error)
            }
            try crash(at: .afterCheckoutSent)
            switch outcome {
            case .success(let result):
                try crash(at: .afterResponse)
                return try await finish(entry, result, alreadyPlaced: false)
            case .failure(let error) where Self.isAmbiguous(error):
                lastError = error
            case .failure(let error) where Self.isAlreadySubmitted(error):
                // The cart was submitted (by an earlier attempt or another process): find its orders, never re-order.
                let orders = await matchingOrders(for: entry)
                if !orders.isEmpty { return try await finish(entry, CartCheckoutResult(orders: orders, orderErrors: []), alreadyPlaced: true) }
                lastError = error
            case .failure(let error):
                try await journal.recordFailed(intentID, reason: error.summary, now: clock())
                let failed = try await journalEntry(intentID)
                await writeAudit(action: "checkout", intent: entry.intent, entry: failed, outcome: "failed", detail: error.summary,
                           correlationID: error.correlationID?.rawValue)
                return await finalResult(failed, alreadyPlaced: false)
            }
        }
        await writeAudit(action: "checkout", intent: entry.intent, entry: entry, outcome: "unknown", detail: lastError?.summary,
                   correlationID: lastError?.correlationID?.rawValue)
        let recheck = entry.listingSettles(listingDelay: orderListDelay).map { " Partner Center lists new orders up to 15 minutes late: re-check after \(PurchaseFinding.clock($0)) UTC" } ?? ""
        throw PurchaseError(
            kind: .outcomeUnknown,
            message: "Checkout of cart \(cartID) was sent \(entry.checkoutAttempts) times (request \(requestID)) without a definite answer (\(lastError?.summary ?? "no answer")); the order may exist.\(recheck) (pcres purchases check \(intentID)), and do not buy it again under a new key. Re-running the same command with idempotency key \(intentID) re-sends the same cart and cannot order twice.",
            intentID: intentID, underlying: lastError)
    }

    private enum Investigation {
        case committed(CartCheckoutResult)
        case notCommitted
        case gone(String)
        case unknown
    }

    /// Reads the cart: `Ordered` means checkout committed (re-sending it returns the original orders, the
    /// service's per-cart idempotency), `Active` means it did not, `Expired` or missing means it never will.
    private func investigate(_ entry: CheckoutJournalEntry, cartNode: CartResource, requestID: RequestID) async -> Investigation {
        do {
            let cart = try await cartNode.get()
            switch cart.status {
            case .ordered?:
                do {
                    return .committed(try await cartNode.checkOut(requestID: requestID))
                } catch let error as PartnerCenterError where Self.isAlreadySubmitted(error) {
                    let orders = await matchingOrders(for: entry)
                    return orders.isEmpty ? .unknown : .committed(CartCheckoutResult(orders: orders, orderErrors: []))
                } catch {
                    return .unknown
                }
            case .expired?:
                return .gone("Cart \(cart.id?.rawValue ?? "?") expired before it was checked out; nothing was bought.")
            default:
                return cart.isExpired(now: clock()) ? .gone("Cart \(cart.id?.rawValue ?? "?") expired before it was checked out; nothing was bought.") : .notCommitted
            }
        } catch let error as PartnerCenterError where error.isNotFound {
            let orders = await matchingOrders(for: entry)
            if !orders.isEmpty { return .committed(CartCheckoutResult(orders: orders, orderErrors: [])) }
            // Within the listing delay an empty list proves nothing: the checkout sent earlier may have an order.
            if entry.mayBeUnlisted(now: clock(), listingDelay: orderListDelay) { return .unknown }
            return .gone("Cart \(entry.cartID?.rawValue ?? "?") no longer exists and no order matches the intent; nothing was bought.")
        } catch {
            return .unknown
        }
    }

    /// The customer's orders placed since the intent was made whose lines all match its lines, and that no other
    /// journal entry claims: the last resort when the cart cannot tell.
    private func matchingOrders(for entry: CheckoutJournalEntry) async -> [Order] {
        guard let orders = try? await client.customers.byID(entry.intent.customerID).orders.list() else { return [] }
        let claimed = Set(((try? await journal.entries()) ?? []).filter { $0.intent.id != entry.intent.id }.flatMap(\.orderIDs))
        // An order cannot predate its cart; a few seconds allow for clock differences.
        let cartCreated = (try? await journal.history(for: entry.intent.id).first { $0.stage == .cartCreated }?.at) ?? entry.intent.createdAt
        let since = cartCreated.addingTimeInterval(-5)
        return orders.filter { order in
            !claimed.contains(order.id) && (order.creationDate.map { $0 >= since } ?? false) && !order.lineItems.isEmpty
                && order.lineItems.allSatisfy { line in
                    entry.intent.lines.contains { wanted in
                        wanted.catalogItemID.rawValue.caseInsensitiveCompare(line.offerId) == .orderedSame && wanted.quantity == line.quantity
                            && (wanted.friendlyName == nil || line.friendlyName == nil || wanted.friendlyName == line.friendlyName)
                    }
                }
        }
    }

    private func finish(_ entry: CheckoutJournalEntry, _ result: CartCheckoutResult, alreadyPlaced: Bool) async throws -> PurchaseResult {
        let intentID = entry.intent.id
        let errors = result.orderErrors.map { "group \($0.orderGroupId): \($0.code) \($0.description ?? "")" }.joined(separator: "; ")
        let final: CheckoutJournalEntry
        if result.orders.isEmpty {
            final = try await journal.recordFailed(intentID, reason: errors.isEmpty ? "Checkout returned no orders." : errors, now: clock())
        } else {
            final = try await journal.recordCompleted(intentID, orderIDs: result.orders.map(\.id), note: errors.isEmpty ? nil : errors, now: clock())
        }
        let outcome: PurchaseResult.Outcome = result.orders.isEmpty ? .failed : (result.orderErrors.isEmpty ? .completed : .partial)
        await writeAudit(action: "checkout", intent: entry.intent, entry: final, outcome: outcome.rawValue, detail: final.note)
        return PurchaseResult(
            intentID: intentID, customerID: entry.intent.customerID, outcome: outcome, cartID: final.cartID,
            checkoutRequestID: final.checkoutRequestID, orderIDs: result.orders.map(\.id), orders: result.orders,
            orderErrors: result.orderErrors, wasAlreadyPlaced: alreadyPlaced, failureReason: result.orders.isEmpty ? final.note : nil)
    }

    /// The result of a completed or failed entry; reads the orders again when it can.
    private func finalResult(_ entry: CheckoutJournalEntry, alreadyPlaced: Bool) async -> PurchaseResult {
        var orders: [Order] = []
        let node = client.customers.byID(entry.intent.customerID).orders
        for id in entry.orderIDs {
            if let order = try? await node.byID(id).get() { orders.append(order) }
        }
        var lineErrors: [PurchaseResult.LineError] = []
        if entry.stage == .failed, let cartID = entry.cartID,
            let cart = try? await client.customers.byID(entry.intent.customerID).carts.byID(cartID).get()
        {
            lineErrors = Self.lineErrors(in: cart)
        }
        let outcome: PurchaseResult.Outcome = entry.stage == .completed ? (entry.note == nil ? .completed : .partial) : .failed
        return PurchaseResult(
            intentID: entry.intent.id, customerID: entry.intent.customerID, outcome: outcome, cartID: entry.cartID,
            checkoutRequestID: entry.checkoutRequestID, orderIDs: entry.orderIDs, orders: orders, lineErrors: lineErrors,
            wasAlreadyPlaced: alreadyPlaced && entry.stage == .completed, failureReason: entry.stage == .failed ? entry.note : nil)
    }

    // MARK: - Helpers

    /// Journals the intent. With `guardingDuplicates`, the journal refuses it (in the same transaction that would
    /// record it) when another confirmed purchase of the same item for the customer is recorded within 24 hours,
    /// from this host or, with the team ledger, any other.
    @discardableResult
    private func record(_ intent: PurchaseIntent, confirmed: Bool, guardingDuplicates: Bool = false) async throws -> CheckoutJournalEntry {
        let now = clock()
        do {
            return try await journal.record(
                intent, scope: scope, confirmed: confirmed, operatorName: operatorName, now: now,
                guardingDuplicatesSince: guardingDuplicates ? now.addingTimeInterval(-86_400) : nil)
        } catch let error as CheckoutJournalError {
            throw PurchaseError(kind: .journal, message: error.message, intentID: intent.id)
        } catch let refusal as JournalDuplicateRefusal {
            throw await duplicateRefusal(of: intent, existing: nil, found: refusal.duplicates)
        } catch let error as LedgerError {
            throw Self.unrecorded(error, intentID: intent.id)
        }
    }

    /// The ledger could not be read or written: nothing is sent without the record.
    private static func unrecorded(_ error: LedgerError, intentID: String) -> PurchaseError {
        PurchaseError(kind: .journal, message: "Nothing was sent: the purchase could not be recorded. \(error.message)", intentID: intentID)
    }

    private func requireScope(_ entry: CheckoutJournalEntry) throws {
        guard entry.scope == scope else {
            throw PurchaseError(
                kind: .journal,
                message: "Purchase \(entry.intent.id) was made under \(entry.scope.map(String.init(describing:)) ?? "an unrecorded profile"); it is not continued under \(scope).",
                intentID: entry.intent.id)
        }
    }

    private func journalEntry(_ intentID: String) async throws -> CheckoutJournalEntry {
        guard let entry = try await journal.entry(for: intentID) else {
            throw PurchaseError(kind: .unknownIntent, message: "No purchase with idempotency key \(intentID) is in the journal.", intentID: intentID)
        }
        return entry
    }

    private func crash(at point: CrashPoint) throws {
        if crashPoint == point { throw SimulatedCrash() }
    }

    private func pause(_ attempt: Int, after error: PartnerCenterError?) async throws {
        var delay = retryDelay * (1 << min(attempt - 1, 5))
        if let seconds = error?.retryAfterSeconds { delay = max(delay, .seconds(min(seconds, 30))) }
        try await Task.sleep(for: delay)
    }

    /// No definite answer: the request may or may not have been carried out.
    static func isAmbiguous(_ error: PartnerCenterError) -> Bool {
        switch error.kind {
        case .transport, .throttled, .malformedResponse: return true
        case .authentication, .cancelled: return false
        case .service:
            let status = error.httpStatus ?? 0
            // 409 800064/800060: the cart is being processed by another request; look again.
            return status >= 500 || status == 429 || status == 408 || status == 409
        }
    }

    /// 800065: the cart was already submitted.
    static func isAlreadySubmitted(_ error: PartnerCenterError) -> Bool {
        error.code == "800065" || error.code == "800060" || error.code == "800064"
    }

    static func lineErrors(in cart: Cart) -> [PurchaseResult.LineError] {
        cart.lineItems.enumerated().compactMap { offset, line in
            line.error.map { PurchaseResult.LineError(lineIndex: offset, code: $0.errorCode.wireName, message: "line \(offset + 1): \($0.summary)") }
        }
    }

    private func writeAudit(
        action: String, intent: PurchaseIntent, entry: CheckoutJournalEntry?, outcome: String, detail: String?,
        correlationID: String? = nil
    ) async {
        guard let audit else { return }
        let record = AuditRecord(
            time: clock().formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true)),
            action: action, operatorLogin: operatorIdentity.login, claimedLogin: operatorIdentity.claimedLogin,
            sshClient: operatorIdentity.sshClient, profile: intent.profile,
            customerID: intent.customerID.rawValue, lines: intent.lines.map(\.summary), intentID: intent.id,
            cartID: entry?.cartID?.rawValue,
            requestIDs: [entry?.cartRequestID.rawValue, entry?.checkoutRequestID?.rawValue].compactMap { $0 },
            correlationID: correlationID ?? client.correlationID?.rawValue, outcome: outcome,
            orderIDs: entry?.orderIDs.map(\.rawValue) ?? [], detail: detail)
        // An audit write that fails must not hide the purchase's outcome; it is reported in the record's absence
        // by `AuditLog.verify()` (the head file) and logged by the caller.
        _ = try? await audit.append(record)
    }
}
