import Foundation
import Logging
import PartnerCenter
import PostgresNIO
@testable import ReservationsCore
import Testing

/// The team ledger against a real PostgreSQL server (scripts/with-postgres.sh).
struct LedgerTests {
    static let scope = JournalScope(profile: "team", endpoint: "https://api.partnercenter.microsoft.com", tenant: "tenant-1")

    @Test("ledger init applies each migration once and records the version")
    func migrations() async throws {
        let database = try await LedgerTestDatabase.create()
        let ledger = database.open()
        #expect(try await LedgerSchema.version(of: ledger) == 0)
        await #expect(throws: LedgerError.self) { try await LedgerSchema.requireCurrent(ledger) }
        #expect(try await LedgerSchema.migrate(ledger) == Array(1...LedgerSchema.currentVersion))
        #expect(try await LedgerSchema.migrate(ledger).isEmpty)
        try await LedgerSchema.requireCurrent(ledger)
        let status = try await LedgerStatus.read(ledger)
        #expect(status.schemaVersion == LedgerSchema.currentVersion && status.journalEntries == 0 && status.auditRecords == 0)
        await ledger.close()
    }

    @Test("the ledger journal keeps an intent through its stages, as the SQLite journal does")
    func journalStages() async throws {
        let ledger = try await LedgerTestDatabase.create().migrated()
        let journal = LedgerJournal(ledger: ledger)
        let intent = PurchaseFixtures.intent(id: "key-1")
        let recorded = try await journal.record(intent, scope: Self.scope, confirmed: true, operatorName: "alice@jump1", now: Date(), guardingDuplicatesSince: nil)
        #expect(recorded.stage == .intentRecorded)
        try await journal.recordCartCreated("key-1", cartID: "cart-1")
        try await journal.recordCheckoutSent("key-1", requestID: intent.requestID(for: "checkout"))
        await #expect(throws: CheckoutJournalError.self) { try await journal.recordCheckoutSent("key-1", requestID: "other") }
        try await journal.recordCompleted("key-1", orderIDs: ["order-1"])
        let entry = try #require(try await journal.entry(for: "key-1"))
        #expect(entry.stage == .completed && entry.orderIDs == ["order-1"] && entry.cartID == "cart-1" && entry.operatorName == "alice@jump1")
        #expect(try await journal.history(for: "key-1").map(\.stage) == [.intentRecorded, .cartCreated, .checkoutSent, .completed])
        await #expect(throws: CheckoutJournalError.self) {
            try await journal.record(PurchaseFixtures.intent(id: "key-1", lines: [PurchaseFixtures.line(quantity: 9)]), scope: Self.scope,
                                     confirmed: true, operatorName: nil, now: Date(), guardingDuplicatesSince: nil)
        }
        #expect(try await journal.unfinished().isEmpty)
        await ledger.close()
    }

    @Test("two hosts recording the same item for the same customer at once: one is recorded, the other is told who")
    func concurrentDuplicateGuard() async throws {
        let database = try await LedgerTestDatabase.create()
        let first = try await database.migrated()
        let second = database.open()
        let since = Date().addingTimeInterval(-86_400)
        // Different profile names, same partner tenant and endpoint: the same money.
        let otherScope = JournalScope(profile: "contoso-desk", endpoint: Self.scope.endpoint, tenant: Self.scope.tenant)
        let attempts = [(first, "alice@jump1", Self.scope), (second, "bob@jump2", otherScope)]
        let outcomes = await withTaskGroup(of: Result<CheckoutJournalEntry, any Error>.self) { group in
            for (index, attempt) in attempts.enumerated() {
                group.addTask {
                    do {
                        return .success(try await LedgerJournal(ledger: attempt.0).record(
                            PurchaseFixtures.intent(id: "intent-\(index)"), scope: attempt.2, confirmed: true, operatorName: attempt.1,
                            now: Date(), guardingDuplicatesSince: since))
                    } catch {
                        return .failure(error)
                    }
                }
            }
            var all: [Result<CheckoutJournalEntry, any Error>] = []
            for await outcome in group { all.append(outcome) }
            return all
        }
        let recorded = outcomes.compactMap { try? $0.get() }
        let refusals = outcomes.compactMap { outcome -> JournalDuplicateRefusal? in
            if case .failure(let error) = outcome { return error as? JournalDuplicateRefusal }
            return nil
        }
        #expect(recorded.count == 1 && refusals.count == 1, "\(outcomes)")
        let winner = try #require(recorded.first)
        #expect(refusals.first?.duplicates.first?.operatorName == winner.operatorName)
        // Another tenant's purchase of the same item for a customer of the same ID is not a duplicate.
        let elsewhere = JournalScope(profile: "team", endpoint: Self.scope.endpoint, tenant: "tenant-2")
        _ = try await LedgerJournal(ledger: second).record(
            PurchaseFixtures.intent(id: "intent-other-tenant"), scope: elsewhere, confirmed: true, operatorName: "carol@jump3", now: Date(),
            guardingDuplicatesSince: since)
        await first.close()
        await second.close()
    }

    @Test("audit appends from four hosts at once form one chain; an edited record is found")
    func concurrentAuditChain() async throws {
        let database = try await LedgerTestDatabase.create()
        let first = try await database.migrated()
        let hosts = [first] + (1..<4).map { _ in database.open() }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (index, ledger) in hosts.enumerated() {
                group.addTask {
                    let audit = LedgerAuditTrail(ledger: ledger)
                    for number in 0..<100 {
                        try await audit.append(AuditRecord(
                            time: "2026-01-01T00:00:00.000Z", action: "checkout", operatorLogin: "operator-\(index)", sshClient: nil,
                            profile: "team", customerID: "customer-\(number)", outcome: "completed"))
                    }
                }
            }
            try await group.waitForAll()
        }
        let audit = LedgerAuditTrail(ledger: hosts[0])
        let verification = try await audit.verify()
        #expect(verification.isIntact && verification.recordCount == 400, "\(verification)")
        #expect(Set(try await audit.records().map(\.operatorLogin)).count == 4)
        // The server's owner can still edit a row (operators cannot: no UPDATE grant); verify finds it.
        try await hosts[0].transaction("tamper") { connection in
            try await connection.query(
                "UPDATE audit_record SET record_json = replace(record_json, 'operator-1', 'someone-else') WHERE sequence = (SELECT min(sequence) FROM audit_record WHERE record_json LIKE '%operator-1%')",
                logger: Logger(label: "ledger-test"))
        }
        let broken = try await audit.verify()
        #expect(!broken.isIntact && (broken.problem ?? "").contains("edited"), "\(broken)")
        for host in hosts { await host.close() }
    }

    @Test("import copies the local journal and audit log once; running it again adds nothing")
    func importIsIdempotent() async throws {
        let ledger = try await LedgerTestDatabase.create().migrated()
        let folder = try PurchaseFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let local = try CheckoutJournal.open(at: folder.appendingPathComponent("journal.sqlite"))
        try local.record(PurchaseFixtures.intent(id: "local-1"), scope: Self.scope, operatorName: "alice@jump1")
        try await local.recordCartCreated("local-1", cartID: "cart-9")
        let log = AuditLog(url: folder.appendingPathComponent("audit.jsonl"))
        for outcome in ["started", "completed"] {
            try log.append(AuditRecord(time: "2026-01-01T00:00:00.000Z", action: "checkout", operatorLogin: "alice", sshClient: nil,
                                       profile: "team", customerID: "c", intentID: "local-1", outcome: outcome))
        }
        let importer = LedgerImport(ledger: ledger)
        let first = try await importer.run(localJournal: local, localAudit: log, host: "jump1")
        #expect(first.journalImported == 1 && first.auditImported == 2)
        let again = try await importer.run(localJournal: local, localAudit: log, host: "jump1")
        #expect(again.journalImported == 0 && again.journalAlreadyThere == 1 && again.auditImported == 0 && again.auditAlreadyThere == 2)
        let journal = LedgerJournal(ledger: ledger)
        #expect(try await journal.entry(for: "local-1")?.cartID == "cart-9")
        #expect(try await journal.history(for: "local-1").count == 2)
        #expect(try await LedgerAuditTrail(ledger: ledger).verify().recordCount == 2)
        await ledger.close()
    }

    @Test("two operators buy the same item for the same customer on the sandbox (15-minute listing): the second is warned before anything is sent")
    func duplicateAcrossHostsOnSandbox() async throws {
        let sandbox = try await PurchaseSandbox.start(orderListDelay: 900)
        let database = try await LedgerTestDatabase.create()
        let hostA = try await database.migrated()
        let hostB = database.open()
        let scopeA = JournalScope(profile: "desk-a", endpoint: sandbox.server.baseURL.absoluteString, tenant: "sandbox")
        let scopeB = JournalScope(profile: "desk-b", endpoint: sandbox.server.baseURL.absoluteString, tenant: "sandbox")
        let alice = PurchaseService(
            client: sandbox.client, journal: LedgerJournal(ledger: hostA), audit: LedgerAuditTrail(ledger: hostA),
            operatorIdentity: OperatorIdentity(login: "alice", sshClient: "10.0.0.1"), scope: scopeA)
        let bob = PurchaseService(
            client: sandbox.client, journal: LedgerJournal(ledger: hostB), audit: LedgerAuditTrail(ledger: hostB),
            operatorIdentity: OperatorIdentity(login: "bob", sshClient: "10.0.0.2"), scope: scopeB)
        let bought = try await alice.buy(sandbox.intent("alice-1", lines: [sandbox.line()]))
        let order = try #require(bought.orderIDs.first)
        // Partner Center (the sandbox, with its delay) does not list the order yet: only the ledger knows it.
        #expect(try await sandbox.client.customers.byID(sandbox.customer.id).orders.list().allSatisfy { $0.id != order })
        do {
            _ = try await bob.buy(sandbox.intent("bob-1", lines: [sandbox.line()]))
            Issue.record("the second purchase was not stopped")
        } catch let error as PurchaseError {
            #expect(error.kind == .possibleDuplicate)
            #expect(error.message.contains("alice@") && error.message.contains(order.rawValue), "\(error.message)")
        }
        #expect(try await LedgerJournal(ledger: hostB).entry(for: "bob-1") == nil, "nothing recorded, nothing sent")
        // The typed second confirmation (--allow-duplicate / AGAIN) goes on.
        let second = try await bob.buy(sandbox.intent("bob-1", lines: [sandbox.line()]), allowDuplicate: true)
        #expect(second.outcome == .completed)
        #expect(try await LedgerAuditTrail(ledger: hostA).verify().isIntact)
        await hostA.close()
        await hostB.close()
        await sandbox.server.stop()
    }

    @Test("a ledger that cannot be reached refuses the purchase with the reason, and nothing is sent")
    func offlineRefusesPurchase() async throws {
        let sandbox = try await PurchaseSandbox.start()
        // A loopback port nothing listens on.
        let closed = LedgerConfiguration(username: "pcres", host: "127.0.0.1", port: 1, database: "pcres")
        let ledger = PostgresLedger(closed, logger: Logger(label: "ledger-test"), timeout: .seconds(2))
        let service = PurchaseService(
            client: sandbox.client, journal: LedgerJournal(ledger: ledger), audit: LedgerAuditTrail(ledger: ledger),
            operatorIdentity: OperatorIdentity(login: "alice", sshClient: nil), scope: Self.scope)
        do {
            _ = try await service.buy(sandbox.intent("offline-1", lines: [sandbox.line()]), runPreflight: false)
            Issue.record("bought without the ledger")
        } catch let error as PurchaseError {
            #expect(error.kind == .journal)
            #expect(error.message.contains("Nothing was sent") && error.message.contains("127.0.0.1:1"), "\(error.message)")
        }
        #expect(try await sandbox.client.customers.byID(sandbox.customer.id).orders.list().isEmpty)
        await ledger.close()
        await sandbox.server.stop()
    }
}
