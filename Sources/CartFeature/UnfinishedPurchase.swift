import ScreenKit
import Foundation
import Vocabulary
import ReservationsCore

/// A confirmed checkout the journal holds as started but not settled (pcres died or the link dropped mid-checkout),
/// and, once looked into, what was found.
public struct UnfinishedPurchase: Equatable, Sendable {
    public var intentID: String
    public var customerID: CustomerID
    public var lineCount: Int
    /// Where it stopped, in words: `cart created`, `checkout sent`.
    public var stage: String
    public var updatedAt: Date
    /// What looking into it found (`PurchaseFinding.message`); nil until looked into.
    public var finding: String?
    /// The purchase as a draft for the checkout summary, when it can be continued (cart active or ordered);
    /// buying it still needs the summary's typed BUY.
    public var continuation: CartDraft?

    public init(
        intentID: String, customerID: CustomerID, lineCount: Int, stage: String, updatedAt: Date, finding: String? = nil,
        continuation: CartDraft? = nil
    ) {
        self.intentID = intentID
        self.customerID = customerID
        self.lineCount = lineCount
        self.stage = stage
        self.updatedAt = updatedAt
        self.finding = finding
        self.continuation = continuation
    }
}
