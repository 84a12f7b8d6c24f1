import Foundation
import PartnerCenter
import ReservationsCore
import Testing

struct CheckoutJournalTests {
    @Test("an intent goes intentRecorded → cartCreated → checkoutSent → completed, and survives reopening")
    func stateMachine() async throws {
        let folder = try PurchaseFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("journal.sqlite")
        let journal = try CheckoutJournal.open(at: url)
        let intent = PurchaseFixtures.intent(id: "key-1")
        let recorded = try journal.record(intent)
        #expect(recorded.stage == .intentRecorded)
        #expect(recorded.cartRequestID == intent.requestID(for: "cart"))
        #expect(try await journal.unfinished().map(\.intent.id) == ["key-1"])

        try await journal.recordCartCreated("key-1", cartID: "cart-1")
        let requestID = intent.requestID(for: "checkout")
        try await journal.recordCheckoutSent("key-1", requestID: requestID)
        let resent = try await journal.recordCheckoutSent("key-1", requestID: requestID)
        #expect(resent.checkoutAttempts == 2)
        await #expect(throws: CheckoutJournalError.self, "a retry must re-use the journaled request ID") {
            try await journal.recordCheckoutSent("key-1", requestID: "another-request")
        }
        try await journal.recordCompleted("key-1", orderIDs: ["order-1"])

        let reopened = try CheckoutJournal.open(at: url)
        #expect(reopened.recoveryNotice == nil)
        let entry = try #require(try reopened.entry(for: "key-1"))
        #expect(entry.stage == .completed)
        #expect(entry.cartID == "cart-1")
        #expect(entry.checkoutRequestID == requestID)
        #expect(entry.orderIDs == ["order-1"])
        #expect(entry.intent.lines == intent.lines)
        #expect(try await reopened.unfinished().isEmpty)
        #expect(try reopened.history(for: "key-1").map(\.stage) == [.intentRecorded, .cartCreated, .checkoutSent, .checkoutSent, .completed])
    }

    @Test("illegal transitions are refused: a final entry stays final, checkout needs a cart first")
    func illegalTransitions() async throws {
        let folder = try PurchaseFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let journal = try CheckoutJournal.open(at: folder.appendingPathComponent("journal.sqlite"))
        try journal.record(PurchaseFixtures.intent(id: "key-2"))
        await #expect(throws: CheckoutJournalError.self) { try await journal.recordCheckoutSent("key-2", requestID: "r") }
        try await journal.recordFailed("key-2", reason: "line 1 refused")
        await #expect(throws: CheckoutJournalError.self) { try await journal.recordCartCreated("key-2", cartID: "cart") }
        await #expect(throws: CheckoutJournalError.self) { try await journal.recordCompleted("key-2", orderIDs: ["o"]) }
        await #expect(throws: CheckoutJournalError.self) { try await journal.recordCompleted("missing", orderIDs: ["o"]) }
        #expect(try journal.entry(for: "key-2")?.note == "line 1 refused")
        for stage in CheckoutStage.allCases where stage.isFinal {
            #expect(CheckoutStage.allCases.allSatisfy { !stage.allows($0) })
        }
    }

    @Test("re-recording the same key returns the entry; the same key for another purchase is refused")
    func keyReuse() async throws {
        let folder = try PurchaseFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let journal = try CheckoutJournal.open(at: folder.appendingPathComponent("journal.sqlite"))
        try journal.record(PurchaseFixtures.intent(id: "key-3"))
        try await journal.recordCartCreated("key-3", cartID: "cart-3")
        #expect(try journal.record(PurchaseFixtures.intent(id: "key-3")).cartID == "cart-3")
        #expect(throws: CheckoutJournalError.self) {
            try journal.record(PurchaseFixtures.intent(id: "key-3", lines: [PurchaseFixtures.line(quantity: 5)]))
        }
    }

    @Test("a corrupt journal is moved aside with a timestamp and a message, and a new one starts")
    func corruptJournalMovedAside() throws {
        let folder = try PurchaseFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("journal.sqlite")
        let garbage = Data("this is not a database, it is a note someone saved over the journal\n".utf8) + Data(repeating: 0xAB, count: 8192)
        try garbage.write(to: url)
        let journal = try CheckoutJournal.open(at: url, now: Date(timeIntervalSince1970: 1_764_000_000))
        let notice = try #require(journal.recoveryNotice)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        let aside = try #require(names.first { $0.hasPrefix("journal.sqlite.corrupt-") })
        #expect(aside.contains("20251124"), "the name carries the time it was moved")
        #expect(notice.contains(aside))
        #expect(try Data(contentsOf: folder.appendingPathComponent(aside)) == garbage, "the old file is kept as it was")
        #expect(try journal.entries().isEmpty)
        try journal.record(PurchaseFixtures.intent(id: "after"))
        #expect(try CheckoutJournal.open(at: url).recoveryNotice == nil, "the new journal opens cleanly")
    }
}
