import Foundation
import PartnerCenter
import Testing

@testable import ReservationsCore

/// A clock tests move by hand instead of sleeping.
final class ManualClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(_ start: Date = Date()) { current = start }

    var now: Date { lock.withLock { current } }
    func advance(by seconds: TimeInterval) { lock.withLock { current += seconds } }
}

/// Recovery only looks, the journal is scoped, the listing delay is respected and duplicates are caught: the
/// purchase service against the sandbox over loopback HTTP.
@Suite(.serialized)
struct PurchaseRecoveryTests {
    static let operatorAlice = OperatorIdentity(login: "alice", sshClient: nil)

    /// Alice's purchase service over `folder/journal.sqlite`.
    static func service(_ sandbox: PurchaseSandbox, journalIn folder: URL) throws -> PurchaseService {
        PurchaseService(
            client: sandbox.client, journal: try CheckoutJournal.open(at: folder.appendingPathComponent("journal.sqlite")),
            operatorIdentity: operatorAlice)
    }

    @Test("a cart from cart create is an open cart, not an unfinished checkout; looking into it says so and buys nothing")
    func createdCartIsNotUnfinished() async throws {
        let sandbox = try await PurchaseSandbox.start(orderListDelay: 900)
        defer { Task { await sandbox.server.stop() } }
        let folder = try PurchaseFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let service = try Self.service(sandbox, journalIn: folder)
        let intent = sandbox.intent("created", lines: [sandbox.line()])
        let cart = try await service.createCart(for: intent)
        #expect(try await service.unfinished().isEmpty)
        #expect(try await service.openCarts().map(\.intent.id) == ["created"])
        let finding = try await service.inspect("created")
        #expect(finding.state == .cartActive(try #require(cart.id)))
        #expect(finding.message.contains("checkout was never sent"))
        #expect(try await sandbox.allOrderIDs().isEmpty, "looking sends no checkout")
        #expect(try await sandbox.client.customers.byID(sandbox.customer.id).carts.byID(try #require(cart.id)).get().status == .active)
    }

    @Test("entries made under another profile, endpoint or tenant are listed but never looked into or continued")
    func otherScopeIsLeftAlone() async throws {
        let sandbox = try await PurchaseSandbox.start()
        defer { Task { await sandbox.server.stop() } }
        let folder = try PurchaseFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("journal.sqlite")
        let theirs = JournalScope(profile: "contoso", endpoint: "https://api.partnercenter.microsoft.com", tenant: "contoso.example")
        let ours = JournalScope(profile: "sandbox", endpoint: "sandbox:/x", tenant: "sandbox")
        let other = PurchaseService(client: sandbox.client, journal: try CheckoutJournal.open(at: url), operatorIdentity: Self.operatorAlice, scope: theirs)
        let intent = sandbox.intent("theirs", lines: [sandbox.line()])
        _ = try await other.checkout(intent: intent)  // their purchase, completed under their scope
        let unsettled = sandbox.intent("theirs-open", lines: [sandbox.line(quantity: 2)])
        let journal = try CheckoutJournal.open(at: url)
        try journal.record(unsettled, scope: theirs)
        try await journal.recordCartCreated("theirs-open", cartID: "cart-of-theirs")
        try await journal.recordCheckoutSent("theirs-open", requestID: unsettled.requestID(for: "checkout"))
        let before = try await sandbox.allOrderIDs()

        let service = PurchaseService(client: sandbox.client, journal: journal, operatorIdentity: Self.operatorAlice, scope: ours)
        #expect(try await service.unfinished().isEmpty)
        #expect(try await service.otherScopes().map(\.intent.id) == ["theirs-open"])
        #expect(try await service.inspect("theirs-open").state == .otherScope(theirs))
        await #expect(throws: PurchaseError.self) { _ = try await service.continueJournaled("theirs-open") }
        await #expect(throws: PurchaseError.self) { _ = try await service.checkout(intent: unsettled) }
        #expect(try await sandbox.allOrderIDs() == before, "nothing was sent under the wrong scope")
        #expect(try journal.entry(for: "theirs-open")?.stage == .checkoutSent, "their entry is untouched")
    }

    @Test("inside the 15-minute listing delay a checkout whose cart is gone is unknown with a time to re-check; after it, an empty list settles it")
    func listingDelayIsRespected() async throws {
        let sandbox = try await PurchaseSandbox.start(orderListDelay: 900)
        defer { Task { await sandbox.server.stop() } }
        let folder = try PurchaseFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let clock = ManualClock()
        let journal = try CheckoutJournal.open(at: folder.appendingPathComponent("journal.sqlite"))
        let service = PurchaseService(
            client: sandbox.client, journal: journal, operatorIdentity: Self.operatorAlice, clock: { clock.now })
        let intent = sandbox.intent("gone", lines: [sandbox.line()])
        try journal.record(intent, scope: .unnamed)
        try await journal.recordCartCreated("gone", cartID: "00000000-0000-4000-8000-00000000dead")
        let sentAt = clock.now
        try await journal.recordCheckoutSent("gone", requestID: intent.requestID(for: "checkout"), now: sentAt)

        let early = try await service.inspect("gone")
        guard case .unknown(let reason, let recheck?) = early.state else { Issue.record("inside the delay: \(early.state)"); return }
        #expect(reason.contains("lists new orders up to 15 minutes late"))
        #expect(abs(recheck.timeIntervalSince(sentAt) - 900) < 0.01, "re-check once the listing delay has passed")
        #expect(early.message.contains("Re-check after \(PurchaseFinding.clock(sentAt.addingTimeInterval(900))) UTC"))
        #expect(!early.message.contains("Nothing was bought"))
        #expect(try journal.entry(for: "gone")?.stage == .checkoutSent, "the entry stays open")

        clock.advance(by: 901)
        let late = try await service.inspect("gone")
        guard case .nothingBought = late.state else { Issue.record("after the delay: \(late.state)"); return }
        #expect(try journal.entry(for: "gone")?.stage == .failed)
    }

    @Test("a checkout that went through before a crash: looking says the cart is ordered (not 'already placed') while unlisted; the confirmed re-run finds the order")
    func orderedCartInsideDelay() async throws {
        let sandbox = try await PurchaseSandbox.start(orderListDelay: 900)
        defer { Task { await sandbox.server.stop() } }
        let folder = try PurchaseFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("journal.sqlite")
        let intent = sandbox.intent("crashed", lines: [sandbox.line()])
        let dying = PurchaseService(
            client: sandbox.client, journal: try CheckoutJournal.open(at: url), operatorIdentity: Self.operatorAlice,
            crashPoint: .afterCheckoutSent)
        await #expect(throws: PurchaseService.SimulatedCrash.self) { _ = try await dying.buy(intent, runPreflight: false) }
        let placed = try await sandbox.allOrderIDs()
        #expect(placed.count == 1)

        let next = PurchaseService(client: sandbox.client, journal: try CheckoutJournal.open(at: url), operatorIdentity: Self.operatorAlice)
        let finding = try await next.inspect("crashed")
        guard case .cartOrdered(_, let recheck) = finding.state else { Issue.record("found \(finding.state)"); return }
        #expect(recheck != nil)
        #expect(finding.message.contains("the checkout went through"))
        #expect(!finding.message.contains("Nothing was bought") && !finding.message.contains("Already placed"))
        #expect(finding.canContinue)
        #expect(try await sandbox.allOrderIDs() == placed, "looking sent nothing")

        let rerun = try await next.buy(intent, runPreflight: false)
        #expect(rerun.outcome == .completed)
        #expect(rerun.wasAlreadyPlaced)
        #expect(Set(rerun.orderIDs) == placed)
        #expect(try await sandbox.allOrderIDs() == placed, "the confirmed re-run re-sent the same cart: no second order")
    }

    @Test("a second purchase of the same item for the customer within 24 hours is refused unless allowed, naming the first")
    func duplicateGuard() async throws {
        let sandbox = try await PurchaseSandbox.start(orderListDelay: 900)
        defer { Task { await sandbox.server.stop() } }
        let folder = try PurchaseFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let service = try Self.service(sandbox, journalIn: folder)
        let first = try await service.buy(sandbox.intent("first", lines: [sandbox.line(quantity: 3, name: "web tier")]))
        let order = try #require(first.orderIDs.first)
        let second = sandbox.intent("second", lines: [sandbox.line(quantity: 1, name: "other")])
        do {
            _ = try await service.buy(second)
            Issue.record("the second purchase should be refused")
        } catch let error as PurchaseError {
            #expect(error.kind == .possibleDuplicate)
            let duplicate = try #require(error.duplicates.first)
            #expect(duplicate.orderID == order)
            #expect(duplicate.source == .journal)
            #expect(duplicate.operatorName?.hasPrefix("alice@") == true)
            #expect(duplicate.message(now: Date()).hasPrefix("3 × web tier bought less than a minute ago, order \(order), by alice@"))
        }
        #expect(try await sandbox.allOrderIDs() == [order], "nothing was sent")
        #expect(try CheckoutJournal.open(at: folder.appendingPathComponent("journal.sqlite")).entry(for: "second") == nil)
        let allowed = try await service.buy(second, allowDuplicate: true)
        #expect(allowed.outcome == .completed)

        // Another host (its own journal) learns of them from the order list once Partner Center lists them.
        let listedSandbox = try await PurchaseSandbox.start(orderListDelay: 0)
        defer { Task { await listedSandbox.server.stop() } }
        let hostA = PurchaseService(
            client: listedSandbox.client, journal: try CheckoutJournal.open(at: folder.appendingPathComponent("a.sqlite")),
            operatorIdentity: Self.operatorAlice)
        _ = try await hostA.buy(listedSandbox.intent("a", lines: [listedSandbox.line()]))
        let hostB = PurchaseService(
            client: listedSandbox.client, journal: try CheckoutJournal.open(at: folder.appendingPathComponent("b.sqlite")),
            operatorIdentity: OperatorIdentity(login: "bob", sshClient: nil))
        let found = await hostB.duplicates(of: listedSandbox.intent("b", lines: [listedSandbox.line()]))
        #expect(found.map(\.source) == [.orders])
        #expect(found.first?.message(now: Date()).contains("listed by Partner Center") == true)
    }

    @Test("the journal is created 0600, and one another account could change, or a symlink, is refused")
    func journalFileTrust() throws {
        let folder = try PurchaseFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("journal.sqlite")
        _ = try CheckoutJournal.open(at: url)
        let mode = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)

        chmod(url.path, 0o666)
        #expect(throws: LocalFileTrust.Refusal.self) { _ = try CheckoutJournal.open(at: url) }
        chmod(url.path, 0o600)
        let link = folder.appendingPathComponent("link.sqlite")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: url)
        #expect(throws: LocalFileTrust.Refusal.self) { _ = try CheckoutJournal.open(at: link) }
        #expect(try CheckoutJournal.open(at: url).recoveryNotice == nil, "its own 0600 file is opened")

        // A new data folder is 0700; one that others can write is refused with the reason.
        let fresh = folder.appendingPathComponent("fresh/pcres")
        _ = try CheckoutJournal.open(at: fresh.appendingPathComponent("journal.sqlite"))
        #expect(try FileManager.default.attributesOfItem(atPath: fresh.path)[.posixPermissions] as? Int == 0o700)
        chmod(fresh.path, 0o777)
        let refusal = #expect(throws: LocalFileTrust.Refusal.self) { _ = try CheckoutJournal.open(at: fresh.appendingPathComponent("journal.sqlite")) }
        #expect(refusal?.message.contains("can be changed by other accounts (mode 777)") == true, "\(refusal?.message ?? "")")
    }
}
