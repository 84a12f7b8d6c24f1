import PartnerCenter

/// Why `PurchaseService` stopped without a definitive answer, or refused to start.
public struct PurchaseError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Codable, Hashable, Sendable {
        /// Preflight found problems; `problems` lists them all.
        case refusedByPreflight
        /// Checkout was sent but whether it committed could not be found out; run `resolve` later.
        case outcomeUnknown
        /// No journal entry for the intent ID.
        case unknownIntent
        /// The journal refused the write (e.g. an idempotency key reused for another purchase).
        case journal
        /// The same item was bought for the customer within 24 hours; `duplicates` says when, by whom, which order.
        /// Nothing was sent: going on needs a second confirmation (`--allow-duplicate`, or typing it in the interface).
        case possibleDuplicate
    }

    public var kind: Kind
    public var message: String

    /// True when the purchase stopped before its checkout was sent (refused by preflight, by the duplicate guard, or
    /// because the journal or the team ledger could not record it): only `outcomeUnknown` may have bought something.
    public var nothingWasSent: Bool { kind != .outcomeUnknown }
    public var problems: [PreflightProblem]
    public var duplicates: [DuplicatePurchase] = []
    public var intentID: String?
    /// The last service error, when there was one.
    public var underlying: PartnerCenterError?

    public init(
        kind: Kind, message: String, problems: [PreflightProblem] = [], duplicates: [DuplicatePurchase] = [], intentID: String? = nil,
        underlying: PartnerCenterError? = nil
    ) {
        self.duplicates = duplicates
        self.kind = kind
        self.message = message
        self.problems = problems
        self.intentID = intentID
        self.underlying = underlying
    }

    public var description: String { message }
}
