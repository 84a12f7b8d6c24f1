import Foundation
import PartnerCenter
import ReservationsCore
import ReservationsTUI
import Testing
@testable import CartFeature

/// The interface's checkout goes through the journal's duplicate guard, the one inside the transaction that records
/// the intent (the CLI's `buy` uses the same): a purchase another operator recorded after the summary was shown stops
/// this one before anything is sent, and AGAIN goes on.
struct JournaledCheckoutTests {
    /// Answers the reads the checkout makes before creating a cart (the customer and each line's SKU, which the
    /// provisioning context is built from) with a minimal document, every other read with an empty page and every
    /// write with 503 (nothing here places an order), and keeps the methods and paths asked for.
    final class RecordingTransport: HTTPTransport, @unchecked Sendable {
        private let lock = NSLock()
        private var requests: [String] = []

        var writes: [String] { lock.withLock { requests.filter { !$0.hasPrefix("GET ") } } }

        func send(_ request: TransportRequest) async throws -> TransportResponse {
            lock.withLock { requests.append("\(request.method) \(request.url.path)") }
            guard request.method == "GET" else { return TransportResponse(status: 503, headers: [:], body: Data()) }
            let parts = request.url.path.split(separator: "/")
            let body: String
            if parts.count == 3, parts[1] == "customers" {
                body = #"{"id":"\#(parts[2])","companyProfile":{"companyName":"Contoso Ltd"}}"#
            } else if parts.count == 5, parts[1] == "products", parts[3] == "skus" {
                body = #"{"id":"\#(parts[4])","productId":"\#(parts[2])","title":"Standard_D2s_v5","provisioningVariables":["Scope","SubscriptionId","Duration"],"dynamicAttributes":{"duration":"1Year"}}"#
            } else {
                body = #"{"totalCount":0,"items":[]}"#
            }
            return TransportResponse(status: 200, headers: ["Content-Type": "application/json"], body: Data(body.utf8))
        }
    }

    /// A journal whose reads miss every entry, as when another host records between this one's look and its
    /// record: only the check inside `record` can see the other purchase.
    struct ReadsMissingOthers: JournalStore {
        let journal: CheckoutJournal

        func entries() async throws -> [CheckoutJournalEntry] { [] }
        func entry(for intentID: String) async throws -> CheckoutJournalEntry? { try journal.entry(for: intentID) }
        func history(for intentID: String) async throws -> [(stage: CheckoutStage, detail: String?, at: Date)] {
            try journal.history(for: intentID)
        }
        func record(
            _ intent: PurchaseIntent, scope: JournalScope?, confirmed: Bool, operatorName: String?, now: Date, guardingDuplicatesSince: Date?
        ) async throws -> CheckoutJournalEntry {
            try journal.record(
                intent, scope: scope, confirmed: confirmed, operatorName: operatorName, now: now, guardingDuplicatesSince: guardingDuplicatesSince)
        }
        func advance(
            _ intentID: String, to stage: CheckoutStage, detail: String, now: Date,
            change: @escaping @Sendable (inout CheckoutJournalEntry) throws -> Void
        ) async throws -> CheckoutJournalEntry {
            try journal.advance(intentID, to: stage, detail: detail, now: now, change: change)
        }
    }

    @Test("another operator's purchase of the same item, recorded after the summary: refused with their name before anything is sent; AGAIN goes on")
    func guardInsideTheRecord() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pcres-journaled-checkout-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let shared = try CheckoutJournal.open(at: folder.appendingPathComponent("journal.sqlite"))
        let transport = RecordingTransport()
        let client = PartnerCenterClient(
            configuration: PartnerCenterConfiguration(endpoint: URL(string: "https://pc.example.test")!, retryPolicy: .none),
            transport: transport, tokenProvider: StaticTokenProvider("t"))
        let scope = JournalScope(profile: "desk", endpoint: "https://pc.example.test", tenant: "tenant-1")
        let service = PurchaseService(
            client: client, journal: ReadsMissingOthers(journal: shared), operatorIdentity: OperatorIdentity(login: "alice", sshClient: nil),
            scope: scope, maxCheckoutAttempts: 1, retryDelay: .zero)
        let performer = JournaledCheckout(service: service, profile: "desk")
        let draft = try #require(PurchaseFixtures.cartState().cart.draft)
        #expect(await performer.duplicates(draft).isEmpty, "the summary saw no earlier purchase")

        // Meanwhile bob, on another jump host, buys the same item for the same customer.
        var bobs = draft.purchaseIntent(profile: "desk-b")
        bobs.id = "bob-1"
        try shared.record(bobs, scope: JournalScope(profile: "desk-b", endpoint: scope.endpoint, tenant: scope.tenant), operatorName: "bob@jump2")
        try await shared.recordCartCreated("bob-1", cartID: "cart-bob")

        do {
            _ = try await performer.checkout(draft, allowingDuplicate: false)
            Issue.record("checked out over bob's purchase")
        } catch let refusal as CheckoutDuplicateRefusal {
            #expect(refusal.duplicates.count == 1 && refusal.duplicates[0].contains("by bob@jump2"), "\(refusal.duplicates)")
        }
        #expect(transport.writes.isEmpty, "nothing was sent: \(transport.writes)")
        let intentID = draft.purchaseIntent(profile: "desk").id
        #expect(try shared.entry(for: intentID) == nil, "nothing was recorded either")

        // AGAIN: the guard lets it through; the intent is recorded as alice's confirmed checkout and the cart is sent.
        await #expect(throws: PurchaseError.self) { _ = try await performer.checkout(draft, allowingDuplicate: true) }
        let entry = try #require(try shared.entry(for: intentID))
        #expect(entry.isCheckoutConfirmed && entry.operatorName?.hasPrefix("alice@") == true)
        #expect(transport.writes.count == 1 && transport.writes[0].hasPrefix("POST ") && transport.writes[0].hasSuffix("/carts"), "\(transport.writes)")
    }
}
