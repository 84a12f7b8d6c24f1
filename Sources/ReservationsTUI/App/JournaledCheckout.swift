import PartnerCenter
import ReservationsCore

/// Buys cart drafts through the journaled purchase service, and says what happened in the interface's terms.
public struct JournaledCheckout: CheckoutPerformer {
    let service: PurchaseService
    let profile: String

    public init(service: PurchaseService, profile: String) {
        self.service = service
        self.profile = profile
    }

    public func preflight(_ draft: CartDraft) async -> [String] {
        await service.preflight(draft.purchaseIntent(profile: profile)).map { $0.lineLabelled(draft.lines.map(\.id)) }
    }

    public func checkout(_ draft: CartDraft) async throws -> CheckoutReport {
        let result = try await service.checkout(intent: draft.purchaseIntent(profile: profile))
        return Self.report(result, draft: draft)
    }

    public func unfinished() async -> [UnfinishedPurchase] {
        let entries = (try? await service.unfinished()) ?? []
        return entries.map {
            UnfinishedPurchase(intentID: $0.intent.id, customerID: $0.intent.customerID, lineCount: $0.intent.lines.count,
                               stage: Self.describe($0.stage), updatedAt: $0.updatedAt)
        }
    }

    public func resolve(_ intentID: String, draft: CartDraft?) async throws -> CheckoutReport {
        let result = try await service.resolve(intentID)
        let matching = draft.flatMap { $0.purchaseIntent(profile: profile).id == intentID ? $0 : nil }
        return Self.report(result, draft: matching ?? CartDraft(token: "", customerID: result.customerID, customerName: "", country: ""))
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

    /// Which draft lines were bought: all when every group was ordered, none when nothing was, otherwise the
    /// lines that appear in the orders (catalog item and quantity), as the result names no group per line.
    static func report(_ result: PurchaseResult, draft: CartDraft) -> CheckoutReport {
        let orders = result.orders.isEmpty
            ? result.orderIDs.map { CheckoutReport.PlacedOrder(orderID: $0, status: "placed", lineCount: 0, total: nil, currencyCode: nil) }
            : result.orders.map {
                CheckoutReport.PlacedOrder(orderID: $0.id, status: $0.status.wireName, lineCount: $0.lineItems.count,
                                           total: $0.totalPrice, currencyCode: $0.currencyCode)
            }
        let bought: [Int]
        switch result.outcome {
        case .completed: bought = draft.lines.map(\.id)
        case .failed: bought = []
        case .partial:
            let ordered = result.orders.flatMap(\.lineItems)
            bought = draft.lines.filter { line in
                ordered.contains {
                    $0.offerId.caseInsensitiveCompare(line.catalogItemID.rawValue) == .orderedSame && $0.quantity == line.quantity
                }
            }.map(\.id)
        }
        var problems: [Int: String] = [:]
        for error in result.lineErrors where draft.lines.indices.contains(error.lineIndex) {
            problems[draft.lines[error.lineIndex].id] = error.message
        }
        var failures = result.orderErrors.map {
            CheckoutReport.FailedGroup(orderGroup: $0.orderGroupId, message: $0.description ?? $0.code)
        }
        if result.outcome == .failed, problems.isEmpty, failures.isEmpty {
            failures.append(CheckoutReport.FailedGroup(orderGroup: "-", message: result.failureReason ?? "nothing was bought"))
        }
        return CheckoutReport(
            orders: orders, failures: failures, boughtLineIDs: bought, lineProblems: problems,
            requestID: result.checkoutRequestID?.rawValue, wasAlreadyPlaced: result.wasAlreadyPlaced)
    }
}
