import Foundation
import PartnerCenter
import PartnerCenterSandbox
import ReservationsCore
import Testing

@testable import ReservationsTUI
@testable import CatalogFeature

/// The effect runner against the sandbox over loopback: what it posts, what a newer task in the same slot
/// drops, and that every task is tracked until it ends.
@Suite(.serialized)
struct EffectRunnerTests {
    /// A sandbox (with `faults`), a runner over it, and its mailbox.
    static func start(faults: [FaultRule] = []) async throws -> (SandboxServer, EffectRunner, Mailbox) {
        var configuration = SandboxConfiguration(behavior: .immediate)
        configuration.seedsHistory = false
        configuration.faults = faults
        let server = try await SandboxServer.start(configuration)
        let mailbox = Mailbox()
        let runner = EffectRunner(directory: CustomerDirectory(client: server.client()), mailbox: mailbox)
        return (server, runner, mailbox)
    }

    /// Drains the mailbox, as the run loop does, until `done` holds for what arrived (or 10 s pass).
    static func drain(_ mailbox: Mailbox, until done: ([Action]) -> Bool) async throws -> [Action] {
        var received: [Action] = []
        // A cap against hanging, not a wait: it returns as soon as `done`. 10 s proved too short once under a loaded
        // 2-core CI run, where every test in flight stalled for about 10 s.
        let deadline = ContinuousClock.now + .seconds(60)
        while !done(received), ContinuousClock.now < deadline {
            received += mailbox.drain()
            try await Task.sleep(for: .milliseconds(5))
        }
        return received
    }

    static func firstCustomer(_ server: SandboxServer) async throws -> CustomerID {
        try #require(try await server.client().customers.list(size: 1).items.first).id
    }

    @Test("a subscriptions load posts the customer's subscriptions, and its finished task is forgotten")
    func postsSubscriptions() async throws {
        let (server, runner, mailbox) = try await Self.start()
        defer { Task { await server.stop() } }
        let customer = try await Self.firstCustomer(server)
        runner.run(.customers(.loadSubscriptions(customer)))
        let received = try await Self.drain(mailbox) { !$0.isEmpty }
        guard case .subscriptions(.subscriptionsLoaded(let id, let items))? = received.first else {
            Issue.record("expected the subscriptions, got \(received)")
            return
        }
        #expect(id == customer)
        #expect(!items.isEmpty)
        let deadline = ContinuousClock.now + .seconds(5)
        while runner.runningCount > 0, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(5)) }
        #expect(runner.runningCount == 0)
    }

    @Test("a newer load in the same slot replaces the older: only the newer answer is posted")
    func newerReplacesOlder() async throws {
        let (server, runner, mailbox) = try await Self.start(faults: [
            FaultRule(kind: .slow, pathContains: "/subscriptions", count: 10, delayMilliseconds: 300)
        ])
        defer { Task { await server.stop() } }
        let customers = try await server.client().customers.list(size: 2).items.map(\.id)
        try #require(customers.count == 2)
        runner.run(.customers(.loadSubscriptions(customers[0])))
        runner.run(.customers(.loadSubscriptions(customers[1])))
        let received = try await Self.drain(mailbox) { !$0.isEmpty }
        // Time for the older answer to arrive if it were still going to be posted.
        try await Task.sleep(for: .milliseconds(400))
        let all = received + mailbox.drain()
        let answered = all.compactMap { action -> CustomerID? in
            if case .subscriptions(.subscriptionsLoaded(let id, _)) = action { return id }
            if case .subscriptions(.subscriptionsFailed(let id, _)) = action { return id }
            return nil
        }
        #expect(answered == [customers[1]])
    }

    @Test("cancelAll stops every running task, tracked ones too, and nothing they would have answered is posted")
    func cancelAllStopsEverything() async throws {
        let (server, runner, mailbox) = try await Self.start(faults: [
            FaultRule(kind: .slow, pathContains: "/subscriptions", count: 20, delayMilliseconds: 300)
        ])
        defer { Task { await server.stop() } }
        let customer = try await Self.firstCustomer(server)
        let subscriptions = try await server.client().customers.byID(customer).subscriptions.list().map(\.id)
        runner.run(.customers(.loadSubscriptions(customer)))
        runner.run(.subscriptions(.loadRegistrationStatuses(customer, subscriptions)))
        runner.run(.catalog(.releaseFreeMemory))
        #expect(runner.runningCount >= 2)
        runner.cancelAll()
        #expect(runner.runningCount == 0)
        try await Task.sleep(for: .milliseconds(500))
        #expect(mailbox.drain().isEmpty)
    }

    @Test("a catalog load reaches the reducer in order through the bounded mailbox: products, SKUs, finished")
    func catalogThroughTheMailbox() async throws {
        let (server, runner, mailbox) = try await Self.start()
        defer { Task { await server.stop() } }
        runner.run(.catalog(.loadCatalog(CatalogRequest(generation: 3, country: "US", view: .azureReservationsVM, scope: nil, useCache: false))))
        let received = try await Self.drain(mailbox) { $0.contains(.catalog(.catalogFinished(generation: 3))) }
        #expect(received.last == .catalog(.catalogFinished(generation: 3)))
        guard case .catalog(.catalogProductsLoaded(3, let total))? = received.first(where: {
            if case .catalog(.catalogProductsLoaded) = $0 { true } else { false }
        }) else {
            Issue.record("no product list in \(received.count) actions")
            return
        }
        let done = received.compactMap { action -> Int? in
            if case .catalog(.catalogSKUsLoaded(3, _, let done, _)) = action { return done }
            return nil
        }
        #expect(done.count == total, "every product's SKUs arrived")
        #expect(Set(done) == Set(1...total))
    }
}
