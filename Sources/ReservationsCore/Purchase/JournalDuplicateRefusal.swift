/// Thrown by ``JournalStore/record(_:scope:confirmed:operatorName:now:guardingDuplicatesSince:)`` when the journal
/// already holds a purchase of the same item for the same customer: nothing was recorded and nothing is sent.
public struct JournalDuplicateRefusal: Error, Hashable, Sendable {
    public var duplicates: [DuplicatePurchase]

    public init(duplicates: [DuplicatePurchase]) {
        self.duplicates = duplicates
    }
}
