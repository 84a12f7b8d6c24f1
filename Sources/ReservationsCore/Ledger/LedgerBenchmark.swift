import Foundation
import PartnerCenter

/// Times what a purchase adds on the ledger: recording an intent (advisory lock, duplicate check, insert, history)
/// plus appending an audit record (head lock, insert). Writes benchmark records: for test ledgers only. Each intent
/// is then marked failed ("benchmark"), so none of them looks like a purchase to settle.
public struct LedgerBenchmark: Sendable {
    /// Latency of one intent + audit pair, in milliseconds.
    public struct Figures: Codable, Hashable, Sendable {
        public var count: Int
        public var p50Milliseconds: Double
        public var p99Milliseconds: Double
        public var maxMilliseconds: Double
    }

    let journal: LedgerJournal
    let audit: LedgerAuditTrail
    let operatorIdentity: OperatorIdentity

    public init(ledger: PostgresLedger, operatorIdentity: OperatorIdentity) {
        journal = LedgerJournal(ledger: ledger)
        audit = LedgerAuditTrail(ledger: ledger)
        self.operatorIdentity = operatorIdentity
    }

    public func run(count: Int) async throws -> Figures {
        let clock = ContinuousClock()
        let run = UUID().uuidString.lowercased().prefix(8)
        let scope = JournalScope(profile: "benchmark", endpoint: "benchmark", tenant: "benchmark")
        var samples: [Double] = []
        for index in 0..<max(1, count) {
            let intent = PurchaseIntent(
                id: "bench-\(run)-\(index)", customerID: CustomerID("bench-\(run)-\(index)"),
                lines: [PurchaseLine(catalogItemID: CatalogItemID("BENCH:0001:0001"), quantity: 1, termDuration: "P1Y", billingCycle: .monthly,
                                     scope: .shared, subscriptionID: SubscriptionID("bench"))],
                profile: "benchmark")
            let record = AuditRecord(
                time: Date().formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true)), action: "benchmark",
                operatorLogin: operatorIdentity.login, claimedLogin: operatorIdentity.claimedLogin, sshClient: operatorIdentity.sshClient,
                profile: "benchmark", customerID: intent.customerID.rawValue, intentID: intent.id, outcome: "benchmark")
            let started = clock.now
            _ = try await journal.record(
                intent, scope: scope, confirmed: true, operatorName: operatorIdentity.login, now: Date(),
                guardingDuplicatesSince: Date().addingTimeInterval(-86_400))
            try await audit.append(record)
            let elapsed = clock.now - started
            samples.append(Double(elapsed.components.seconds) * 1_000 + Double(elapsed.components.attoseconds) / 1e15)
            try await journal.recordFailed(intent.id, reason: "benchmark: nothing was bought")
        }
        let sorted = samples.sorted()
        func percentile(_ p: Double) -> Double { sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)] }
        return Figures(count: sorted.count, p50Milliseconds: percentile(0.50), p99Milliseconds: percentile(0.99), maxMilliseconds: sorted.last ?? 0)
    }
}
