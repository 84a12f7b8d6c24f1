import Foundation
import PartnerCenter
import PartnerCenterSandbox
import Testing

/// Many clients at once against one sandbox on a SQLite file in WAL mode: every order is accounted for.
struct ConcurrentCheckoutTests {
    @Test("24 clients create carts and check out concurrently; orders, entitlements and unbilled charge lines all add up")
    func concurrentCheckouts() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pcres-concurrency-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let server = try await SandboxServer.start(
            SandboxConfiguration(databaseURL: directory.appendingPathComponent("sandbox.sqlite"), behavior: .immediate))
        defer { Task { await server.stop() } }
        let client = SandboxSeedTests.client(server)
        let customer = try await client.customers.list(size: 1).items[0]
        let subscription = try await client.customers.byID(customer.id).subscriptions.list()[0]
        let product = try #require(try await client.products.list(country: "US", view: .azureReservationsVM).first)
        let sku = try #require(try await client.products.byID(product.id).skus.list(country: "US").first { !$0.requiresInventoryCheck })
        let availability = try #require(try await client.products.byID(product.id).skus.byID(sku.id).availabilities.list(country: "US").first)

        let clients = 24
        let orderIDs = try await withThrowingTaskGroup(of: [OrderID].self) { group in
            for index in 0..<clients {
                group.addTask {
                    // Each task signs in on its own, like a separate operator.
                    let own = SandboxSeedTests.client(server)
                    let line = CartLineItem(
                        id: 0, catalogItemID: availability.catalogItemID, quantity: 1 + index % 3,
                        termDuration: availability.terms.first?.duration, friendlyName: "client \(index)",
                        provisioningContext: ["subscriptionId": subscription.id.rawValue, "scope": "shared", "duration": sku.duration ?? ""])
                    let cart = try await own.customers.byID(customer.id).carts.create(Cart(lineItems: [line]))
                    let cartID = try #require(cart.id)
                    // Two checkouts of the same cart race each other: still one order.
                    async let first = own.customers.byID(customer.id).carts.byID(cartID).checkOut()
                    async let second = own.customers.byID(customer.id).carts.byID(cartID).checkOut()
                    let (a, b) = try await (first, second)
                    #expect(a.orders.map(\.id) == b.orders.map(\.id))
                    return a.orders.map(\.id)
                }
            }
            var all: [OrderID] = []
            for try await ids in group { all += ids }
            return all
        }
        #expect(orderIDs.count == clients)
        #expect(Set(orderIDs).count == clients)
        let listed = try await client.customers.byID(customer.id).orders.list()
        #expect(Set(listed.map(\.id)) == Set(orderIDs))
        let entitlements = try await client.customers.byID(customer.id).entitlements.list()
        #expect(entitlements.count == clients)
        let expectedUnits = (0..<clients).reduce(0) { $0 + 1 + $1 % 3 }
        #expect(entitlements.reduce(0) { $0 + $1.quantity } == expectedUnits)
        // Until the period closes, the purchases are this month's unbilled charges, one line per order.
        let lines = try await client.invoices.unbilledOneTimeLineItems(currency: "USD", period: .current)
        #expect(Set(lines.compactMap(\.orderId)) == Set(orderIDs.map(\.rawValue)))
    }
}

/// The year of history a new sandbox starts with.
struct HistorySeedTests {
    @Test("a new sandbox has past orders, reservations expiring soon, closed paid invoices and an unpaid last month")
    func history() async throws {
        let server = try await SandboxServer.start(SandboxConfiguration())
        defer { Task { await server.stop() } }
        let client = SandboxSeedTests.client(server)
        let customers = try await client.customers.list(size: 40).items
        #expect(try await client.customers.byID(customers[0].id).orders.list().isEmpty, "Contoso Ltd starts clean")
        var orders = 0
        var expiries: [Date] = []
        for customer in customers.prefix(12) {
            orders += try await client.customers.byID(customer.id).orders.list().count
            expiries += try await client.customers.byID(customer.id).entitlements.list().compactMap(\.expiryDate)
        }
        #expect(orders >= 4)
        #expect(expiries.allSatisfy { $0 > Date() }, "history only holds live reservations")
        let invoices = try await client.invoices.list(size: 100).items
        #expect(invoices.count >= 3)
        #expect(Set(invoices.compactMap(\.currencyCode)).count >= 2, "several currencies")
        #expect(invoices.allSatisfy { $0.totalCharges > 0 })
        let summaries = try await client.invoices.summaries()
        #expect(summaries.contains { $0.balanceAmount > 0 }, "last month is unpaid")
        let oldest = try #require(invoices.last)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pcres-history-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let bytes = try await client.invoices.byID(oldest.id).downloadStatement(to: directory.appendingPathComponent("s.pdf"))
        #expect(bytes > 500, "closed months have statements")
    }
}
