import Foundation
import PartnerCenter
import PartnerCenterSandbox
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Registration, carts, checkout, orders, entitlements and invoices: every operation against the sandbox.
struct CommerceAgainstSandboxTests {
    /// Contoso Ltd (US) and its fixed subscriptions: a registered MS-AZR-0145P, an unregistered Azure plan,
    /// an unregistered MS-AZR-0145P and a licence subscription.
    struct Contoso {
        var customer: Customer
        var legacyRegistered: Subscription
        var plan: Subscription
        var legacyUnregistered: Subscription
        var licence: Subscription
    }

    static func contoso(_ client: PartnerCenterClient) async throws -> Contoso {
        let customer = try await client.customers.list(size: 1).items[0]
        let subscriptions = try await client.customers.byID(customer.id).subscriptions.list()
        return Contoso(
            customer: customer, legacyRegistered: subscriptions[0], plan: subscriptions[1], legacyUnregistered: subscriptions[2],
            licence: subscriptions[3])
    }

    /// A purchasable VM availability (no inventory check) for the scope.
    static func availability(_ client: PartnerCenterClient, scope: ReservationScope? = nil, inventoryCheck: Bool = false) async throws
        -> (SKU, Availability)
    {
        let products = try await client.products.list(country: "US", view: .azureReservationsVM, reservationScope: scope)
        for product in products {
            let skus = try await client.products.byID(product.id).skus.list(country: "US", reservationScope: scope)
            guard let sku = skus.first(where: { $0.requiresInventoryCheck == inventoryCheck }) else { continue }
            let availabilities = try await client.products.byID(product.id).skus.byID(sku.id).availabilities.list(
                country: "US", reservationScope: scope)
            return (sku, try #require(availabilities.first))
        }
        throw TransportFailure(reason: "no purchasable availability")
    }

    /// A shared line; `duration` only when the SKU lists it (Azure-plan SKUs do not).
    static func line(_ availability: Availability, sku: SKU, subscription: Subscription, quantity: Int = 2, id: Int = 0) -> CartLineItem {
        var context = ["subscriptionId": subscription.id.rawValue, "scope": "shared"]
        if sku.provisioningVariables.contains(where: { $0.lowercased() == "duration" }) { context["duration"] = sku.duration ?? "" }
        return CartLineItem(
            id: id, catalogItemID: availability.catalogItemID, quantity: quantity,
            termDuration: availability.terms.first?.duration, friendlyName: "web tier", provisioningContext: context)
    }

    @Test("registration answers 202 with Location and stays registering until its time; licences are refused")
    func registration() async throws {
        let harness = try await SandboxHarness.start(behavior: SandboxBehavior(registrationDelay: 600, orderCompletionDelay: 0))
        defer { Task { await harness.server.stop() } }
        let contoso = try await Self.contoso(harness.client)
        let node = harness.client.customers.byID(contoso.customer.id).subscriptions.byID(contoso.plan.id)
        #expect(try await node.registrationStatus().status == .notRegistered)
        let location = try await node.register()
        #expect(location == "/customers/\(contoso.customer.id)/subscriptions/\(contoso.plan.id)/registrationstatus")
        #expect(try await node.registrationStatus().status == .registering)
        // The promotion to registered is checked with an injected clock in the sandbox's own tests.
        let licence = harness.client.customers.byID(contoso.customer.id).subscriptions.byID(contoso.licence.id)
        await #expect(throws: PartnerCenterError.self) { try await licence.register() }
    }

    @Test("with no delay a registered subscription can be bought for at once")
    func registrationWithoutDelay() async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.server.stop() } }
        let contoso = try await Self.contoso(harness.client)
        let node = harness.client.customers.byID(contoso.customer.id).subscriptions.byID(contoso.plan.id)
        try await node.register()
        #expect(try await node.registrationStatus().status == .registered)
        let (sku, availability) = try await Self.availability(harness.client, scope: .azurePlan)
        let cart = try await harness.client.customers.byID(contoso.customer.id).carts.create(
            Cart(lineItems: [Self.line(availability, sku: sku, subscription: contoso.plan)]))
        #expect(cart.lineItems[0].error == nil, "an Azure plan buys from the AzurePlan catalog once registered")
    }

    @Test("an Azure plan lists its Azure subscriptions; a legacy subscription is refused")
    func azureEntitlements() async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.server.stop() } }
        let contoso = try await Self.contoso(harness.client)
        let subscriptions = harness.client.customers.byID(contoso.customer.id).subscriptions
        let entitlements = try await subscriptions.byID(contoso.plan.id).azureEntitlements()
        #expect(!entitlements.isEmpty)
        #expect(entitlements.allSatisfy { $0.subscriptionId == contoso.plan.id && UUID(uuidString: $0.id) != nil })
        #expect(try await subscriptions.byID(contoso.plan.id).azureEntitlements() == entitlements, "stable across calls")
        do {
            _ = try await subscriptions.byID(contoso.legacyRegistered.id).azureEntitlements()
            Issue.record("expected a refusal")
        } catch let error as PartnerCenterError {
            #expect(error.httpStatus == 400)
            #expect(error.code == "800011")
        }
    }

    @Test("cart lines are checked one by one with the documented cart error codes")
    func cartValidation() async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.server.stop() } }
        let contoso = try await Self.contoso(harness.client)
        let (sku, availability) = try await Self.availability(harness.client)
        var good = Self.line(availability, sku: sku, subscription: contoso.legacyRegistered, id: 0)
        good.friendlyName = nil
        var zero = Self.line(availability, sku: sku, subscription: contoso.legacyRegistered, quantity: 0, id: 1)
        zero.friendlyName = "zero"
        var tooMany = Self.line(availability, sku: sku, subscription: contoso.legacyRegistered, quantity: (sku.maximumQuantity ?? 100) + 1, id: 2)
        tooMany.friendlyName = "too many"
        var wrongTerm = Self.line(availability, sku: sku, subscription: contoso.legacyRegistered, id: 3)
        wrongTerm.termDuration = availability.terms.first?.duration == "P1Y" ? "P3Y" : "P1Y"
        var noScope = Self.line(availability, sku: sku, subscription: contoso.legacyRegistered, id: 4)
        noScope.provisioningContext["scope"] = nil
        let unregistered = Self.line(availability, sku: sku, subscription: contoso.legacyUnregistered, id: 5)
        let wrongCatalog = Self.line(availability, sku: sku, subscription: contoso.plan, id: 6)
        var unknownItem = Self.line(availability, sku: sku, subscription: contoso.legacyRegistered, id: 7)
        unknownItem.catalogItemID = "DZH318Z0BQ3Q:0001:NOPE"

        let cart = try await harness.client.customers.byID(contoso.customer.id).carts.create(
            Cart(lineItems: [good, zero, tooMany, wrongTerm, noScope, unregistered, wrongCatalog, unknownItem]))
        #expect(cart.id != nil)
        #expect(cart.status == .active)
        #expect(cart.expirationTimestamp.map { $0.timeIntervalSinceNow > 6 * 86_400 } == true, "carts live 7 days")
        let codes = cart.lineItems.map { $0.error?.errorCode }
        #expect(codes == [
            nil, .invalidInput, .invalidInput, .invalidInput, .invalidInput, .subscriptionNotRegistered, .subscriptionIsNotValid,
            .catalogItemIdIsNotValid,
        ])
        #expect(cart.lineItems[0].currencyCode == "USD")
        #expect(cart.lineItems[0].friendlyName == sku.title, "the SKU title fills an empty friendly name")
        #expect(cart.lineItems[2].error?.additionalInformation?.availableQuantity == sku.maximumQuantity)
        #expect(cart.lineItems[1].error?.summary.contains("check quantity, term and scope") == true)

        do {
            _ = try await harness.client.customers.byID(contoso.customer.id).carts.byID(try #require(cart.id)).checkOut()
            Issue.record("a cart with errors must not check out")
        } catch let error as PartnerCenterError {
            #expect(error.code == "800009")
        }
    }

    @Test("checkout creates an order, is idempotent per cart and per MS-RequestId, and leaves reservations and invoice lines")
    func checkoutLifecycle() async throws {
        let clock = SandboxClock.manual(at: Date(timeIntervalSince1970: 1_800_000_000))
        let harness = try await SandboxHarness.start(
            behavior: SandboxBehavior(registrationDelay: 0, orderCompletionDelay: 0.3, orderListDelay: 0), clock: clock)
        defer { Task { await harness.server.stop() } }
        let contoso = try await Self.contoso(harness.client)
        let (sku, availability) = try await Self.availability(harness.client)
        let customer = harness.client.customers.byID(contoso.customer.id)
        let cart = try await customer.carts.create(Cart(lineItems: [Self.line(availability, sku: sku, subscription: contoso.legacyRegistered, quantity: 3)]))
        let cartNode = customer.carts.byID(try #require(cart.id))
        #expect(try await cartNode.get() == cart)

        let requestID = RequestID("6f1c2b1e-0000-4000-8000-000000000001")
        let result = try await cartNode.checkOut(requestID: requestID)
        #expect(result.orderErrors.isEmpty)
        let order = try #require(result.orders.first)
        #expect(order.status == .pending)
        #expect(order.billingCycle == .oneTime)
        #expect(order.lineItems.first?.quantity == 3)
        #expect(try await cartNode.get().status == .ordered)

        let again = try await cartNode.checkOut()
        #expect(again.orders.map(\.id) == [order.id], "a second checkout of the cart returns the original order")
        let replay = try await cartNode.checkOut(requestID: requestID)
        #expect(replay.orders.map(\.id) == [order.id])
        #expect(try await customer.orders.list().count == 1, "nothing was bought twice")

        #expect(try await customer.orders.byID(order.id).get().status == .pending, "still pending while the clock stands")
        clock.advance(by: 0.5)
        let fetched = try await customer.orders.byID(order.id).get()
        #expect(fetched.status == .completed, "pending, then completed")
        #expect(try await customer.orders.byID(order.id).provisioningStatus().allSatisfy { $0.status == .fulfilled })
        #expect(try await customer.orders.list(billingCycle: .oneTime).map(\.id) == [order.id])
        #expect(try await customer.orders.list(billingCycle: .monthly).isEmpty)

        let entitlements = try await customer.entitlements.list()
        let entitlement = try #require(entitlements.first { $0.referenceOrder?.id == order.id })
        #expect(entitlement.quantity == 3)
        #expect(entitlement.reservationType == "virtualmachines")
        let expiry = try #require(entitlement.expiryDate)
        #expect(expiry.timeIntervalSinceNow > 300 * 86_400)
        let details = try await customer.entitlements.reservationDetails(for: try #require(entitlement.entitledArtifacts.first))
        #expect(details.reservations.first?.scopeType == "Shared")
        #expect(details.reservations.first?.displayName == "web tier")
        #expect(details.reservations.first?.quantity == 3)

        // Unbilled until the period closes: not on the balance yet, then billed on an invoice.
        #expect(try await harness.client.invoices.summaries().allSatisfy { $0.balanceAmount == 0 })
        let unbilled = try await harness.client.unbilledOneTimeLines(currency: "USD")
        #expect(unbilled.contains { $0.orderId == order.id.rawValue })
        try await SandboxControl.closeMonth(harness.server)
        let summaries = try await harness.client.invoices.summaries()
        #expect(summaries.contains { $0.currencyCode == "USD" && $0.balanceAmount > 0 })
        let invoices = try await harness.client.invoices.list(size: 10)
        let invoice = try #require(invoices.items.first { $0.currencyCode == "USD" })
        let lines = try await harness.client.invoices.byID(invoice.id).oneTimeLineItems(size: 10)
        let line = try #require(lines.items.first { $0.orderId == order.id.rawValue })
        #expect(line.reservationOrderId == entitlement.entitledArtifacts.first?.resourceId, "invoice line ↔ reservation order")
        #expect(line.quantity == 3)
        #expect(abs((line.subtotal ?? 0) - (order.totalPrice ?? -1)) < 0.01)
    }

    @Test("the client reads a subscription by ID and an order's provisioning through the order's own link")
    func subscriptionByIDAndOrderLinks() async throws {
        let harness = try await SandboxHarness.start(
            behavior: SandboxBehavior(registrationDelay: 0, orderCompletionDelay: 0, orderListDelay: 0))
        defer { Task { await harness.server.stop() } }
        let contoso = try await Self.contoso(harness.client)
        let customer = harness.client.customers.byID(contoso.customer.id)
        #expect(try await customer.subscriptions.byID(contoso.plan.id).get() == contoso.plan, "the same document as the list item")

        let (sku, availability) = try await Self.availability(harness.client)
        let cart = try await customer.carts.create(Cart(lineItems: [Self.line(availability, sku: sku, subscription: contoso.legacyRegistered, quantity: 1)]))
        let cartID = try #require(cart.id)
        let placed = try #require(try await customer.carts.byID(cartID).checkOut().orders.first)
        let link = try #require(placed.links?.provisioningStatus, "the checkout result's order links to its provisioning status")
        #expect(placed.links?.patchOperation?.method == "PATCH")
        let order = try await customer.orders.byID(placed.id).get()
        #expect(order.links?.provisioningStatus == link)
        let statuses = try await customer.orders.provisioningStatus(of: order.id, following: order.links?.provisioningStatus)
        #expect(statuses.map(\.orderLineItemId) == ["0"])
        #expect(statuses.allSatisfy { $0.status == .fulfilled })
    }

    @Test("as Partner Center documents, a new order is missing from the order and entitlement lists for 15 minutes, while GET by ID answers at once")
    func orderListDelay() async throws {
        let harness = try await SandboxHarness.start(behavior: SandboxBehavior(registrationDelay: 0, orderCompletionDelay: 0))
        defer { Task { await harness.server.stop() } }
        #expect(SandboxBehavior().orderListDelay == 900, "the default is Partner Center's documented 15 minutes")
        let contoso = try await Self.contoso(harness.client)
        let (sku, availability) = try await Self.availability(harness.client)
        let customer = harness.client.customers.byID(contoso.customer.id)
        let cart = try await customer.carts.create(Cart(lineItems: [Self.line(availability, sku: sku, subscription: contoso.legacyRegistered, quantity: 1)]))
        let cartID = try #require(cart.id)
        let placed = try await customer.carts.byID(cartID).checkOut()
        let order = try #require(placed.orders.first)

        #expect(try await customer.orders.list().isEmpty, "not listed yet")
        #expect(try await customer.orders.list(billingCycle: .oneTime).isEmpty)
        #expect(try await customer.entitlements.list().allSatisfy { $0.referenceOrder?.id != order.id }, "its entitlements neither")
        #expect(try await customer.orders.byID(order.id).get().id == order.id, "by ID at once")

        struct Orders: Decodable { var items: [Order] }
        let control = try await AsyncHTTPClientTransport.shared.send(TransportRequest(
            method: "GET", url: harness.server.baseURL.appendingPathComponent("sandbox/customers/\(contoso.customer.id.rawValue)/orders")))
        #expect(control.status == 200)
        #expect(try JSONDecoder().decode(Orders.self, from: control.body).items.map(\.id) == [order.id], "the control view sees every order")
    }

    @Test("a cart is updated with PUT (lines re-checked), and a submitted cart can no longer be updated")
    func updateCart() async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.server.stop() } }
        let contoso = try await Self.contoso(harness.client)
        let (sku, availability) = try await Self.availability(harness.client)
        let customer = harness.client.customers.byID(contoso.customer.id)
        var cart = try await customer.carts.create(Cart(lineItems: [Self.line(availability, sku: sku, subscription: contoso.legacyUnregistered)]))
        #expect(cart.lineItems[0].error?.errorCode == .subscriptionNotRegistered)
        cart.lineItems = [Self.line(availability, sku: sku, subscription: contoso.legacyRegistered, quantity: 4)]
        let cartNode = customer.carts.byID(try #require(cart.id))
        let updated = try await cartNode.update(cart)
        #expect(updated.id == cart.id)
        #expect(updated.lineItems.count == 1)
        #expect(updated.lineItems[0].error == nil, "the fixed line passes")
        #expect(updated.lineItems[0].quantity == 4)
        #expect(try await cartNode.get().lineItems[0].quantity == 4)
        _ = try await cartNode.checkOut()
        do {
            _ = try await cartNode.update(updated)
            Issue.record("an ordered cart cannot change")
        } catch let error as PartnerCenterError {
            #expect(error.code == "800065")
        }
    }

    @Test("the balance is the default currency's summary with one-time and recurring details")
    func balance() async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.server.stop() } }
        let empty = try await harness.client.invoices.balance()
        #expect(empty.currencyCode == "USD")
        #expect(empty.balanceAmount == 0)
        let contoso = try await Self.contoso(harness.client)
        let (sku, availability) = try await Self.availability(harness.client)
        let customer = harness.client.customers.byID(contoso.customer.id)
        let cart = try await customer.carts.create(Cart(lineItems: [Self.line(availability, sku: sku, subscription: contoso.legacyRegistered)]))
        let cartID = try #require(cart.id)
        let order = try #require(try await customer.carts.byID(cartID).checkOut().orders.first)
        #expect(try await harness.client.invoices.balance().balanceAmount == 0, "an unbilled charge is not owed yet")
        try await SandboxControl.closeMonth(harness.server)
        let balance = try await harness.client.invoices.balance()
        #expect(abs(balance.balanceAmount - (order.totalPrice ?? 0)) < 0.01)
        #expect(Set(balance.details.map(\.invoiceType)) == ["Recurring", "OneTime"])
    }

    @Test("checkout succeeds partially when one order group fails, and can be retried for the failed group")
    func partialSuccess() async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.server.stop() } }
        let contoso = try await Self.contoso(harness.client)
        let (sku, availability) = try await Self.availability(harness.client)
        let customer = harness.client.customers.byID(contoso.customer.id)
        try await SandboxControl.setRegistration(harness.server, customer: contoso.customer.id, subscription: contoso.legacyUnregistered.id, status: "registered")
        let cart = try await customer.carts.create(Cart(lineItems: [
            Self.line(availability, sku: sku, subscription: contoso.legacyRegistered, id: 0),
            Self.line(availability, sku: sku, subscription: contoso.legacyUnregistered, id: 1),
        ]))
        #expect(Set(cart.lineItems.compactMap(\.orderGroup)).count == 2, "one order group per subscription")
        try await SandboxControl.setRegistration(harness.server, customer: contoso.customer.id, subscription: contoso.legacyUnregistered.id, status: "notregistered")
        let result = try await customer.carts.byID(try #require(cart.id)).checkOut()
        #expect(result.isPartial)
        #expect(result.orders.count == 1)
        #expect(result.orderErrors.map(\.code) == ["800030"])
        #expect(result.orderErrors.first?.description?.contains("not registered") == true)
    }

    @Test("unknown carts, orders and invoices are typed 404s with the documented codes")
    func notFound() async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.server.stop() } }
        let contoso = try await Self.contoso(harness.client)
        let customer = harness.client.customers.byID(contoso.customer.id)
        func expectNotFound(code: String, _ operation: () async throws -> Void) async {
            do {
                try await operation()
                Issue.record("expected a 404 with \(code)")
            } catch let error as PartnerCenterError {
                #expect(error.httpStatus == 404)
                #expect(error.code == code)
            } catch {
                Issue.record("unexpected \(error)")
            }
        }
        await expectNotFound(code: "800008") { _ = try await customer.carts.byID("nope").checkOut() }
        await expectNotFound(code: "20000") { _ = try await customer.orders.byID("nope").get() }
        await expectNotFound(code: "800002") { _ = try await harness.client.invoices.byID("G999").get() }
    }

    @Test("a purchase is an unbilled line at once: before its order completes or is listed, in v1 and in the Graph unbilled export, with the order's total and no invoice")
    func unbilledAtOnce() async throws {
        var behavior = SandboxBehavior(registrationDelay: 0, orderCompletionDelay: 600)  // the order stays pending; lists lag 15 min
        behavior.exportRunningPolls = 0
        behavior.exportRetryAfter = 0
        let harness = try await SandboxHarness.start(behavior: behavior)
        defer { Task { await harness.server.stop() } }
        let contoso = try await Self.contoso(harness.client)
        let (sku, availability) = try await Self.availability(harness.client)
        let customer = harness.client.customers.byID(contoso.customer.id)
        #expect(try await harness.client.unbilledOneTimeLines(currency: "USD", months: [.current]).isEmpty, "nothing unbilled before")
        let cart = try await customer.carts.create(Cart(lineItems: [Self.line(availability, sku: sku, subscription: contoso.legacyRegistered, quantity: 3)]))
        let result = try await customer.carts.byID(try #require(cart.id)).checkOut()
        let order = try #require(result.orders.first)
        #expect(try await customer.orders.byID(order.id).get().status == .pending)
        #expect(try await customer.orders.list().isEmpty, "not listed yet")

        let v1 = try await harness.client.invoices.unbilledOneTimeLineItems(currency: "USD", period: .current)
        let line = try #require(v1.first)
        #expect(v1.count == 1)
        #expect(line.orderId == order.id.rawValue && line.invoiceNumber == "" && line.quantity == 3)
        #expect(line.totalForCustomer == order.totalPrice)
        let graph = try await harness.client.unbilledOneTimeLines(currency: "USD", months: [.current])
        #expect(graph.map(\.orderId) == [order.id.rawValue])
        #expect(graph.map(\.totalForCustomer) == [order.totalPrice])
        #expect(try await harness.client.invoices.list().items.isEmpty, "no open invoice")
        #expect(try await harness.client.unbilledOneTimeLines(currency: "USD", months: [.previous]).isEmpty, "this month's, not last month's")
    }

    @Test("a purchase is an unbilled charge (v1 and Graph, org: prefix stripped) until the period closes; then an invoice with seek-paged lines, the same lines by Graph export, and a statement PDF")
    func invoicesAndStatement() async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.server.stop() } }
        let contoso = try await Self.contoso(harness.client)
        let (sku, availability) = try await Self.availability(harness.client)
        let customer = harness.client.customers.byID(contoso.customer.id)
        for index in 0..<5 {
            let cart = try await customer.carts.create(Cart(lineItems: [Self.line(availability, sku: sku, subscription: contoso.legacyRegistered, quantity: index + 1)]))
            _ = try await customer.carts.byID(try #require(cart.id)).checkOut()
        }
        #expect(try await harness.client.invoices.list().items.isEmpty, "Partner Center has no open invoice")
        let unbilled = try await harness.client.invoices.unbilledOneTimeLineItems(currency: "usd", period: .current)
        #expect(unbilled.map(\.quantity) == [1, 2, 3, 4, 5])
        #expect(unbilled.allSatisfy { $0.invoiceNumber == "" && $0.customerId == contoso.customer.id.rawValue })
        #expect(try await harness.client.invoices.unbilledOneTimeLineItems(currency: "USD", period: .previous).isEmpty)
        let exported = try await harness.client.billingExports.unbilledReconciliation(period: .current, currency: "USD")
        #expect(exported.map(\.orderId) == unbilled.map(\.orderId))
        #expect(exported.map(\.totalForCustomer) == unbilled.map(\.totalForCustomer))
        try await SandboxControl.closeMonth(harness.server)
        #expect(try await harness.client.invoices.unbilledOneTimeLineItems(currency: "USD", period: .current).isEmpty)
        let invoice = try #require(try await harness.client.invoices.list().items.first { $0.currencyCode == "USD" })
        var page = try await harness.client.invoices.byID(invoice.id).oneTimeLineItems(size: 2)
        var lines = page.items
        while let next = try await harness.client.nextPage(after: page) {
            lines += next.items
            page = next
        }
        #expect(lines.map(\.quantity) == [1, 2, 3, 4, 5])
        #expect(lines.allSatisfy { $0.invoiceNumber == invoice.id.rawValue })
        let billed = try await harness.client.oneTimeLines(of: invoice)
        #expect(billed.map(\.orderId) == lines.map(\.orderId), "a G invoice of this period is read through the Graph export")
        #expect(billed.map(\.subtotal) == lines.map(\.subtotal))
        #expect(await harness.server.exports.bearerTokensSeen == 0)

        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pcres-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("statement.pdf")
        // A failed download over an existing file leaves it as it was.
        let existing = directory.appendingPathComponent("existing.pdf")
        try Data("an earlier statement".utf8).write(to: existing)
        await #expect(throws: PartnerCenterError.self) { try await harness.client.invoices.byID("G000000000").downloadStatement(to: existing) }
        #expect(try Data(contentsOf: existing) == Data("an earlier statement".utf8), "the existing file is kept whole")
        let byID = try await harness.client.invoices.byID(invoice.id).get()
        #expect(byID.pdfDownloadLink != nil)
        let size = try await harness.client.invoices.byID(invoice.id).downloadStatement(to: file)
        let data = try Data(contentsOf: file)
        #expect(size == data.count)
        #expect(data.starts(with: Array("%PDF".utf8)))
        #expect(String(decoding: data, as: UTF8.self).contains("%%EOF"))
        #expect(try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int == 0o600)
        try await harness.client.invoices.byID(invoice.id).downloadStatement(to: existing)
        #expect(try Data(contentsOf: existing) == data, "a complete download replaces it")
        #expect((try FileManager.default.contentsOfDirectory(atPath: directory.path)).sorted() == ["existing.pdf", "statement.pdf"], "no partial files")
    }
}

/// The sandbox's `/sandbox` controls, for tests.
enum SandboxControl {
    static func setRegistration(_ server: SandboxServer, customer: CustomerID, subscription: SubscriptionID, status: String) async throws {
        let url = server.baseURL.appendingPathComponent("sandbox/customers/\(customer)/subscriptions/\(subscription)/registration")
        let response = try await AsyncHTTPClientTransport.shared.send(TransportRequest(method: "POST", url: url, body: Data(#"{"status":"\#(status)"}"#.utf8)))
        guard response.status == 204 else { throw TransportFailure(reason: "registration control answered \(response.status)") }
    }

    static func closeMonth(_ server: SandboxServer) async throws {
        let response = try await AsyncHTTPClientTransport.shared.send(
            TransportRequest(method: "POST", url: server.baseURL.appendingPathComponent("sandbox/invoices/close")))
        guard response.status == 200 else { throw TransportFailure(reason: "close control answered \(response.status)") }
    }
}
