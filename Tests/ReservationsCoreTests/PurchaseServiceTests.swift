import Foundation
import PartnerCenter
import Testing

@testable import ReservationsCore

/// The purchase service against the real sandbox over loopback HTTP.
@Suite(.serialized)
struct PurchaseServiceTests {
    @Test("buy places one order, journals it and audits it; the same key again finds that order instead of buying twice")
    func buyIsIdempotent() async throws {
        let sandbox = try await PurchaseSandbox.start()
        defer { Task { await sandbox.server.stop() } }
        let folder = try PurchaseFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let journal = try CheckoutJournal.open(at: folder.appendingPathComponent("journal.sqlite"))
        let audit = AuditLog(url: folder.appendingPathComponent("audit.jsonl"))
        let service = PurchaseService(
            client: sandbox.client, journal: journal, audit: audit, operatorIdentity: OperatorIdentity(login: "alice", sshClient: "192.0.2.7"))
        let intent = sandbox.intent("buy-1", lines: [sandbox.line(quantity: 2, name: "web tier")])
        #expect(await service.preflight(intent).isEmpty)

        let first = try await service.buy(intent)
        #expect(first.outcome == .completed)
        #expect(first.orderIDs.count == 1)
        #expect(first.orders.first?.lineItems.first?.quantity == 2)
        #expect(!first.wasAlreadyPlaced)
        #expect(try journal.entry(for: "buy-1")?.stage == .completed)
        #expect(try await sandbox.orderCount() == 1)

        let again = try await service.buy(intent)
        #expect(again.orderIDs == first.orderIDs)
        #expect(again.wasAlreadyPlaced)
        #expect(try await sandbox.orderCount() == 1, "nothing was bought twice")
        #expect(try await service.unfinished().isEmpty)

        let records = try audit.records()
        let record = try #require(records.first)
        #expect(record.operatorLogin == "alice")
        #expect(record.sshClient == "192.0.2.7")
        #expect(record.outcome == "completed")
        #expect(record.orderIDs == first.orderIDs.map(\.rawValue))
        #expect(record.requestIDs.contains(intent.requestID(for: "checkout").rawValue))
        #expect(try audit.verify().isIntact)
    }

    @Test("an Azure plan purchase goes through on the plan's ID with shared scope and no duration; single scope is refused before anything is sent")
    func azurePlanPurchase() async throws {
        let sandbox = try await PurchaseSandbox.start()
        defer { Task { await sandbox.server.stop() } }
        let folder = try PurchaseFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let service = PurchaseService(
            client: sandbox.client, journal: try CheckoutJournal.open(at: folder.appendingPathComponent("journal.sqlite")),
            operatorIdentity: OperatorIdentity(login: "alice", sshClient: nil))
        let customer = sandbox.client.customers.byID(sandbox.customer.id)
        let plan = try #require(try await customer.subscriptions.list().first { $0.kind == .azurePlan })
        try await customer.subscriptions.byID(plan.id).register()
        let azureSubscription = try #require(try await customer.subscriptions.byID(plan.id).azureEntitlements().first)
        let product = try #require(try await sandbox.client.products.list(country: "US", view: .azureReservationsVM, reservationScope: .azurePlan).first {
            $0.id == sandbox.availability.productID
        })
        let skuNode = sandbox.client.products.byID(product.id).skus.byID(sandbox.sku.id)
        #expect(try await skuNode.get(country: "US", reservationScope: .azurePlan).provisioningVariables == ["Scope", "SubscriptionId"])
        let availability = try #require(try await skuNode.availabilities.list(country: "US", reservationScope: .azurePlan).first)
        func line(_ scope: PurchaseScope) -> PurchaseLine {
            PurchaseLine(
                catalogItemID: availability.catalogItemID, quantity: 1, termDuration: availability.terms.first?.duration ?? "P1Y", scope: scope,
                subscriptionID: plan.id, azureSubscriptionID: azureSubscription.id, friendlyName: "plan RI")
        }

        do {
            _ = try await service.buy(sandbox.intent("plan-single", lines: [line(.single)]))
            Issue.record("single scope on an Azure plan was not refused")
        } catch let error as PurchaseError {
            #expect(error.kind == .refusedByPreflight)
            #expect(error.problems.map(\.kind) == [.scopeNotAllowed])
        }
        #expect(try await sandbox.allOrderIDs().isEmpty, "nothing was sent")

        let result = try await service.buy(sandbox.intent("plan-shared", lines: [line(.shared)]))
        #expect(result.outcome == .completed)
        let context = try #require(result.orders.first?.lineItems.first?.provisioningContext)
        #expect(context == ["subscriptionId": plan.id.rawValue, "scope": "shared"], "the plan's own ID, shared, no duration")

        // The same SKU as the plan line a moment ago: the operator's second confirmation is given.
        let legacy = try await service.buy(sandbox.intent("legacy", lines: [sandbox.line()]), allowDuplicate: true)
        #expect(legacy.orders.first?.lineItems.first?.provisioningContext?["duration"] == sandbox.sku.duration,
                "an MS-AZR-0145P SKU lists Duration, so it is sent")
    }

    @Test("preflight against the sandbox lists every problem and nothing is sent")
    func preflightRefusal() async throws {
        let sandbox = try await PurchaseSandbox.start()
        defer { Task { await sandbox.server.stop() } }
        let folder = try PurchaseFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let journal = try CheckoutJournal.open(at: folder.appendingPathComponent("journal.sqlite"))
        let service = PurchaseService(client: sandbox.client, journal: journal)
        var stale = sandbox.line()
        stale.catalogItemID = CatalogItemID(productID: sandbox.availability.productID, skuID: sandbox.availability.skuID, availabilityID: "NOPE0000")
        let intent = sandbox.intent("refused", lines: [
            sandbox.line(quantity: (sandbox.sku.maximumQuantity ?? 100) + 1),
            sandbox.line(quantity: 0, subscription: sandbox.unregistered),
            stale,
        ])
        do {
            _ = try await service.buy(intent)
            Issue.record("preflight should refuse")
        } catch let error as PurchaseError {
            #expect(error.kind == .refusedByPreflight)
            #expect(error.problems.map(\.kind) == [.quantityTooHigh, .quantityTooLow, .subscriptionNotRegistered, .staleCatalogItem])
            #expect(error.problems.map(\.lineIndex) == [0, 1, 1, 2])
        }
        #expect(try journal.entries().isEmpty, "a refused intent is never journaled")
        #expect(try await sandbox.orderCount() == 0)
    }

    @Test("a cart whose lines the service refuses ends failed with the line errors; nothing is ordered")
    func cartLineErrors() async throws {
        let sandbox = try await PurchaseSandbox.start()
        defer { Task { await sandbox.server.stop() } }
        let folder = try PurchaseFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let journal = try CheckoutJournal.open(at: folder.appendingPathComponent("journal.sqlite"))
        let service = PurchaseService(client: sandbox.client, journal: journal)
        let intent = sandbox.intent("unregistered", lines: [sandbox.line(subscription: sandbox.unregistered)])
        let result = try await service.buy(intent, runPreflight: false)
        #expect(result.outcome == .failed)
        #expect(result.lineErrors.map(\.code) == [CartErrorCode.subscriptionNotRegistered.wireName])
        #expect(try journal.entry(for: "unregistered")?.stage == .failed)
        #expect(try await sandbox.orderCount() == 0)
    }

    @Test("a journaled cart that expired before checkout ends failed, and preflight reports it")
    func expiredCart() async throws {
        let sandbox = try await PurchaseSandbox.start()
        defer { Task { await sandbox.server.stop() } }
        let folder = try PurchaseFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let journal = try CheckoutJournal.open(at: folder.appendingPathComponent("journal.sqlite"))
        let intent = sandbox.intent("expiring", lines: [sandbox.line()])
        try journal.record(intent, scope: .unnamed)
        try await journal.recordCartCreated("expiring", cartID: "00000000-0000-4000-8000-00000000dead")
        let service = PurchaseService(client: sandbox.client, journal: journal)
        #expect(await service.preflight(intent).map(\.kind) == [.cartExpired])
        let finding = try await service.inspect("expiring")
        guard case .nothingBought = finding.state else { Issue.record("found \(finding.state)"); return }
        #expect(finding.message.contains("checkout was never sent"))
        #expect(try journal.entry(for: "expiring")?.stage == .failed)
        #expect(try await sandbox.orderCount() == 0)
    }
}
