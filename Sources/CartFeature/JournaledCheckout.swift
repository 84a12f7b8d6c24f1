import Foundation
import Vocabulary
import ReservationsCore
import ScreenKit

/// Buys cart drafts through the journaled purchase service, and says what happened in the interface's terms.
public struct JournaledCheckout: CheckoutPerformer {
    let service: PurchaseService
    let profile: String
    /// The time duplicates are aged by (the session's clock).
    let clock: @Sendable () -> Date

    public init(service: PurchaseService, profile: String, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.service = service
        self.profile = profile
        self.clock = clock
    }

    public func preflight(_ draft: CartDraft) async -> [String] {
        await service.preflight(await intent(for: draft)).map { $0.lineLabelled(draft.lines.map(\.id)) }
    }

    public func duplicates(_ draft: CartDraft) async -> [String] {
        let now = clock()
        return await service.duplicates(of: await intent(for: draft)).map { $0.message(now: now) }
    }

    public func checkout(_ draft: CartDraft, allowingDuplicate: Bool) async throws -> CheckoutReport {
        let result: PurchaseResult
        if let intentID = draft.recoveredIntentID {
            result = try await service.continueJournaled(intentID)
        } else {
            // The preflight ran for the summary; `buy` looks for duplicates again and the journal checks once more
            // inside the transaction that records the intent (the team ledger: whatever host recorded it meanwhile).
            do {
                result = try await service.buy(draft.purchaseIntent(profile: profile), runPreflight: false, allowDuplicate: allowingDuplicate)
            } catch let error as PurchaseError where error.kind == .possibleDuplicate {
                let now = clock()
                throw CheckoutDuplicateRefusal(duplicates: error.duplicates.map { $0.message(now: now) })
            }
        }
        return Self.report(result, draft: draft)
    }

    /// The draft's purchase; for a recovered draft, the intent as the journal holds it.
    func intent(for draft: CartDraft) async -> PurchaseIntent {
        if let intentID = draft.recoveredIntentID, let entry = try? await service.journal.entry(for: intentID) { return entry.intent }
        return draft.purchaseIntent(profile: profile)
    }

    public func unfinished() async -> [UnfinishedPurchase] {
        let entries = (try? await service.unfinished()) ?? []
        return entries.map {
            UnfinishedPurchase(intentID: $0.intent.id, customerID: $0.intent.customerID, lineCount: $0.intent.lines.count,
                               stage: Self.describe($0.stage), updatedAt: $0.updatedAt)
        }
    }

    public func journalNotes() async -> [String] {
        var notes: [String] = []
        let open = (try? await service.openCarts()) ?? []
        if !open.isEmpty {
            notes.append("\(open.count) open cart\(open.count == 1 ? "" : "s") from cart create, not checked out (pcres purchases list)")
        }
        let others = (try? await service.otherScopes()) ?? []
        for profile in Set(others.map { $0.scope?.profile ?? $0.intent.profile }).sorted() {
            let count = others.filter { ($0.scope?.profile ?? $0.intent.profile) == profile }.count
            notes.append("\(count) unsettled purchase\(count == 1 ? "" : "s") of profile \(profile), not looked into here")
        }
        return notes
    }

    public func inspect(_ purchases: [UnfinishedPurchase]) async -> [UnfinishedPurchase] {
        var rows: [UnfinishedPurchase] = []
        for var row in purchases {
            do {
                let finding = try await service.inspect(row.intentID)
                row.finding = finding.message
                row.stage = Self.describe(finding.entry.stage)
                row.continuation = finding.canContinue ? Self.draft(for: finding.entry) : nil
            } catch {
                row.finding = "Could not look into it: \((error as? PurchaseError)?.message ?? String(describing: error))"
            }
            rows.append(row)
        }
        return rows
    }

    public func unlistedOrders(customerID: CustomerID, listed: Set<OrderID>) async -> [UnlistedOrder] {
        await service.unlistedOrders(customerID: customerID, listed: listed)
    }

    /// A journaled purchase as a draft the checkout summary can show: the lines as bought, named by their
    /// friendly names (the journal keeps no catalog titles), marked as recovered.
    static func draft(for entry: CheckoutJournalEntry) -> CartDraft {
        var draft = CartDraft(token: "recovered-\(entry.intent.id)", customerID: entry.intent.customerID, customerName: "", country: "")
        draft.recoveredIntentID = entry.intent.id
        draft.lines = entry.intent.lines.enumerated().map { index, line in
            CartDraftLine(
                id: index + 1, catalogItemID: line.catalogItemID, productID: line.productID ?? ProductID(""), skuID: line.skuID ?? SKUID(""),
                skuName: line.friendlyName ?? line.catalogItemID.rawValue, productTitle: "", region: nil, armRegionName: nil,
                termDuration: line.termDuration, billingCycle: line.billingCycle, quantity: line.quantity, minimumQuantity: nil,
                maximumQuantity: nil, scope: line.scope, subscriptionID: line.subscriptionID, subscriptionName: line.subscriptionID.rawValue,
                friendlyName: line.friendlyName ?? "", requiresInventoryCheck: false, unitPrice: nil, currencyCode: nil)
        }
        return draft
    }

    static func describe(_ stage: CheckoutStage) -> String {
        switch stage {
        case .intentRecorded: "recorded, cart maybe not created"
        case .cartCreated: "cart created, not checked out"
        case .checkoutSent: "checkout sent, answer not received"
        case .completed: "completed"
        case .failed: "failed"
        }
    }

    /// What the checkout bought, failed and was told, for the cart's report.
    static func report(_ result: PurchaseResult, draft: CartDraft) -> CheckoutReport {
        let placed = result.orderRows
        let orders = placed.isEmpty
            ? result.orderIDs.map { CheckoutReport.PlacedOrder(orderID: $0, status: "placed", lineCount: 0, total: nil, currencyCode: nil) }
            : placed.map {
                CheckoutReport.PlacedOrder(orderID: $0.id, status: $0.statusText, lineCount: $0.lineCount,
                                           total: $0.totalPrice, currencyCode: $0.currencyCode)
            }
        let bought = result.boughtLineIDs(of: draft)
        var problems: [Int: String] = [:]
        for error in result.lineErrors where draft.lines.indices.contains(error.lineIndex) {
            problems[draft.lines[error.lineIndex].id] = error.message
        }
        var failures = result.failedGroups.map { CheckoutReport.FailedGroup(orderGroup: $0.orderGroup, message: $0.message) }
        if result.outcome == .failed, problems.isEmpty, failures.isEmpty {
            failures.append(CheckoutReport.FailedGroup(orderGroup: "-", message: result.failureReason ?? "nothing was bought"))
        }
        return CheckoutReport(
            orders: orders, failures: failures, boughtLineIDs: bought, lineProblems: problems,
            requestID: result.checkoutRequestID?.rawValue, wasAlreadyPlaced: result.wasAlreadyPlaced)
    }
}
