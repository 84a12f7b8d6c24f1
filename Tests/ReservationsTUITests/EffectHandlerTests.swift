import Foundation
import PartnerCenter
import PartnerCenterSandbox
import ReservationsCore
import Testing

@testable import ReservationsTUI
@testable import CustomersFeature
@testable import SubscriptionsFeature
@testable import CatalogFeature
@testable import CartFeature
@testable import OrdersFeature
@testable import ReservationsFeature
@testable import BillingFeature
@testable import ExpiryFeature

/// Each feature's effect handler on its own, against the sandbox over loopback: what it posts for an effect, in
/// what order, and what it refuses to send.
@Suite(.serialized)
struct EffectHandlerTests {
    /// A sandbox with history (orders, invoices), a client over it, fresh tasks and a customer with subscriptions.
    struct World {
        let server: SandboxServer
        let client: PartnerCenterClient
        let tasks: EffectTasks
        let customer: CustomerID

        func drain(until done: ([Action]) -> Bool) async throws -> [Action] {
            try await EffectRunnerTests.drain(tasks.mailbox, until: done)
        }
    }

    static func world() async throws -> World {
        var configuration = SandboxConfiguration(behavior: .immediate)
        configuration.seedsHistory = true
        let server = try await SandboxServer.start(configuration)
        let client = server.client()
        let customer = try #require(try await client.customers.list(size: 1).items.first).id
        return World(server: server, client: client, tasks: EffectTasks(mailbox: Mailbox()), customer: customer)
    }

    @Test("customers: the list arrives in pages up to a complete one, and a detail read answers for its customer")
    func customers() async throws {
        let world = try await Self.world()
        defer { Task { await world.server.stop() } }
        let handler = CustomerEffects(directory: CustomerDirectory(client: world.client), detailConcurrency: 2)
        handler.run(.loadCustomers, in: world.tasks)
        let pages = try await world.drain { $0.contains { if case .customers(.customersPageLoaded(_, _, _, true)) = $0 { true } else { false } } }
        let loaded = pages.compactMap { if case .customers(.customersPageLoaded(let items, _, _, _)) = $0 { items.count } else { nil } }
        #expect(loaded.reduce(0, +) > 0)
        handler.run(.loadCustomerDetails([world.customer]), in: world.tasks)
        let details = try await world.drain { !$0.isEmpty }
        guard case .customers(.customerDetailLoaded(let id, _))? = details.first else {
            Issue.record("got \(details)")
            return
        }
        #expect(id == world.customer)
    }

    @Test("registration: statuses are read one per subscription; with the ledger down nothing is registered")
    func registration() async throws {
        let world = try await Self.world()
        defer { Task { await world.server.stop() } }
        let registry = SubscriptionRegistry(client: world.client)
        let subscriptions = try await world.client.customers.byID(world.customer).subscriptions.list().map(\.id)
        try #require(!subscriptions.isEmpty)
        let handler = RegistrationEffects(
            registry: registry, waiter: RegistrationWaiter(), audit: nil, profileName: "test", ledgerCheck: { "the ledger is down" })
        handler.run(.loadRegistrationStatuses(world.customer, subscriptions), in: world.tasks)
        let statuses = try await world.drain { $0.count == subscriptions.count }
        let answered = statuses.compactMap { action -> SubscriptionID? in
            if case .subscriptions(.registrationStatusLoaded(let id, _)) = action { return id }
            if case .subscriptions(.registrationStatusFailed(let id, _)) = action { return id }
            return nil
        }
        #expect(Set(answered) == Set(subscriptions))
        let before = try await registry.registrationStatus(customerID: world.customer, subscriptionID: subscriptions[0]).status
        handler.run(.registerSubscription(world.customer, subscriptions[0]), in: world.tasks)
        let refused = try await world.drain { $0.count >= 2 }
        guard case .ledgerChecked("the ledger is down")? = refused.first, case .subscriptions(.registrationFailed(_, let why))? = refused.last else {
            Issue.record("got \(refused)")
            return
        }
        #expect(why.hasPrefix("Not sent"))
        #expect(try await registry.registrationStatus(customerID: world.customer, subscriptionID: subscriptions[0]).status == before)
    }

    @Test("catalog: a load streams SKUs and finishes under its own generation")
    func catalog() async throws {
        let world = try await Self.world()
        defer { Task { await world.server.stop() } }
        let handler = CatalogEffects(catalog: CatalogLoader(client: world.client))
        let request = CatalogRequest(generation: 7, country: "US", view: .azureReservations, scope: nil, useCache: false)
        handler.run(.loadCatalog(request), in: world.tasks)
        let received = try await world.drain { $0.contains { if case .catalog(.catalogFinished) = $0 { true } else { false } } }
        let skus = received.reduce(0) { sum, action in
            if case .catalog(.catalogSKUBatchLoaded(7, let batch)) = action { return sum + batch.skus.count }
            if case .catalog(.catalogSKUsLoaded(7, let batch, _, _)) = action { return sum + batch.skus.count }
            return sum
        }
        #expect(skus > 1_000)
        #expect(received.contains { if case .catalog(.catalogFinished(generation: 7)) = $0 { true } else { false } })
        #expect(!received.contains { if case .catalog(.catalogFailed) = $0 { true } else { false } })
    }

    @Test("commerce: a session without purchases refuses preflight and checkout with nothing sent; orders are listed")
    func commerce() async throws {
        let world = try await Self.world()
        defer { Task { await world.server.stop() } }
        let handler = CommerceEffects(draftStore: nil, purchases: nil)
        let draft = CartDraft(token: "handler-test", customerID: world.customer, customerName: "Contoso", country: "US")
        handler.run(.preflight(draft), in: world.tasks)
        handler.run(.checkout(draft, allowingDuplicate: false), in: world.tasks)
        let refused = try await world.drain { $0.count >= 2 }
        guard case .cart(.preflightFinished(let problems))? = refused.first, case .cart(.checkoutFailed(_, let nothingSent))? = refused.last else {
            Issue.record("got \(refused)")
            return
        }
        #expect(problems == ["Purchases are not available in this session"] && nothingSent)
        let ordersBefore = try await world.client.customers.byID(world.customer).orders.list()
        let orderHandler = OrderEffects(
            orders: OrderBook(client: world.client), search: OrderInvoiceLineSearch(client: world.client), purchases: nil)
        orderHandler.run(.loadOrders(world.customer, oneTimeOnly: true), in: world.tasks)
        let listed = try await world.drain { !$0.isEmpty }
        guard case .orders(.ordersLoaded(let id, let orders))? = listed.first else {
            Issue.record("got \(listed)")
            return
        }
        #expect(id == world.customer)
        #expect(orders.allSatisfy { $0.isOneTime })
        #expect(try await world.client.customers.byID(world.customer).orders.list().count == ordersBefore.count, "nothing was bought")
    }

    @Test("reservations: the customer's reserved-instance entitlements, stamped with the time they were read")
    func reservations() async throws {
        let world = try await Self.world()
        defer { Task { await world.server.stop() } }
        let handler = ReservationEffects(
            book: ReservationBook(client: world.client), purchases: nil, names: ReservationNames(client: world.client))
        let asked = Date()
        handler.run(.loadReservations(world.customer), in: world.tasks)
        let received = try await world.drain { !$0.isEmpty }
        guard case .reservations(.reservationsLoaded(let id, let items, let now))? = received.first else {
            Issue.record("got \(received)")
            return
        }
        let expected = try await ReservationBook(client: world.client).reservations(customerID: world.customer)
        #expect(id == world.customer && items == expected.map(ReservationRow.init) && now >= asked)
    }

    @Test("the handlers stamp what they read with the session's clock (the sandbox's), not the system time")
    func sessionClock() async throws {
        let start = Date(timeIntervalSince1970: 1_805_000_000)  // 2027-03-14, not today's month
        var configuration = SandboxConfiguration(behavior: .immediate)
        configuration.seedsHistory = true
        configuration.clock = .manual(at: start)
        let server = try await SandboxServer.start(configuration)
        defer { Task { await server.stop() } }
        let client = server.client()
        let customer = try #require(try await client.customers.list(size: 1).items.first).id
        let tasks = EffectTasks(mailbox: Mailbox())
        let clock = server.clock
        let now: @Sendable () -> Date = { clock.now }

        let reservations = ReservationEffects(
            book: ReservationBook(client: client), purchases: nil, names: ReservationNames(client: client), clock: now)
        func readAt() async throws -> Date? {
            reservations.run(.loadReservations(customer), in: tasks)
            let received = try await EffectRunnerTests.drain(tasks.mailbox) { !$0.isEmpty }
            guard case .reservations(.reservationsLoaded(_, _, let stamped))? = received.first else { return nil }
            return stamped
        }
        #expect(try await readAt() == start)
        clock.advance(by: 86_400)
        #expect(try await readAt() == start.addingTimeInterval(86_400), "moving the sandbox's clock moves the interface's")

        let billing = BillingEffects(desk: BillingDesk(client: client), clock: now)
        billing.run(.loadBilling, in: tasks)
        let received = try await EffectRunnerTests.drain(tasks.mailbox) { actions in
            actions.contains { if case .billing(.unbilledChargesLoaded) = $0 { true } else { false } }
        }
        let months = received.compactMap { action -> Date? in
            if case .billing(.unbilledChargesLoaded(let charges)) = action { return charges.month }
            return nil
        }
        #expect(!months.isEmpty && months.allSatisfy { $0 == MonthlyCharges.startOfMonth(start) })
    }

    @Test("expiry board: customers listed, then finished, all under the board's generation")
    func expiry() async throws {
        let world = try await Self.world()
        defer { Task { await world.server.stop() } }
        let handler = ExpiryEffects(loader: ExpiryBoardLoader(directory: CustomerDirectory(client: world.client)))
        handler.run(.load(generation: 3), in: world.tasks)
        let received = try await world.drain { $0.contains { if case .expiryBoard(.finished, _) = $0 { true } else { false } } }
        guard case .expiryBoard(.customersListed(let total, _), 3)? = received.first else {
            Issue.record("got \(received)")
            return
        }
        #expect(total > 0)
        #expect(received.contains { if case .expiryBoard(.finished, generation: 3) = $0 { true } else { false } })
    }

    @Test("billing: balance, summaries and every invoice page, then the unbilled currencies; an existing file is not replaced")
    func billing() async throws {
        let world = try await Self.world()
        defer { Task { await world.server.stop() } }
        let handler = BillingEffects(desk: BillingDesk(client: world.client))
        handler.run(.loadBilling, in: world.tasks)
        let received = try await world.drain { $0.contains { if case .billing(.unbilledCurrenciesChosen) = $0 { true } else { false } } }
        #expect(received.contains { if case .billing(.balanceLoaded) = $0 { true } else { false } })
        #expect(received.contains { if case .billing(.invoiceSummariesLoaded) = $0 { true } else { false } })
        let invoices = received.reduce(0) { sum, action in
            if case .billing(.invoicesPageLoaded(let page, _, _)) = action { return sum + page.count }
            return sum
        }
        var expected = 0
        var page: Page<Invoice>? = try await world.client.invoices.list(size: 100)
        while let current = page {
            expected += current.items.count
            page = try await world.client.nextPage(after: current)
        }
        #expect(expected > 0 && invoices == expected)
        #expect(received.contains { if case .billing(.invoicesPageLoaded(_, _, true)) = $0 { true } else { false } })
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pcres-handler-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let existing = folder.appendingPathComponent("lines.csv")
        try Data("keep me".utf8).write(to: existing)
        _ = world.tasks.mailbox.drain()
        handler.run(.exportLineItems([], path: existing.path, overwrite: false), in: world.tasks)
        let refused = try await world.drain { !$0.isEmpty }
        guard case .billing(.exportTargetExists(let path))? = refused.first else {
            Issue.record("got \(refused)")
            return
        }
        #expect(path == existing.path)
        #expect(try String(contentsOf: existing, encoding: .utf8) == "keep me")
    }

    @Test("orders: an order that does not exist is a failure for that order, in words")
    func orders() async throws {
        let world = try await Self.world()
        defer { Task { await world.server.stop() } }
        let handler = OrderEffects(orders: OrderBook(client: world.client), search: OrderInvoiceLineSearch(client: world.client), purchases: nil)
        handler.run(.loadOrder(world.customer, OrderID("no-such-order")), in: world.tasks)
        let received = try await world.drain { !$0.isEmpty }
        guard case .orders(.orderLoadFailed(let customer, let order, let message))? = received.first else {
            Issue.record("got \(received)")
            return
        }
        #expect(customer == world.customer && order == OrderID("no-such-order") && !message.isEmpty)
    }
}
