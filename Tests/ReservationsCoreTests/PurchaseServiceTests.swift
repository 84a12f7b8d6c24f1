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
