import Foundation
import PartnerCenter

/// A checkout the journal holds as started but not settled (pcres died or the link dropped mid-checkout).
public struct UnfinishedPurchase: Equatable, Sendable {
    public var intentID: String
    public var customerID: CustomerID
    public var lineCount: Int
    /// Where it stopped, in words: `cart created`, `checkout sent`.
    public var stage: String
    public var updatedAt: Date

    public init(intentID: String, customerID: CustomerID, lineCount: Int, stage: String, updatedAt: Date) {
        self.intentID = intentID
        self.customerID = customerID
        self.lineCount = lineCount
        self.stage = stage
        self.updatedAt = updatedAt
    }
}
