/// One reason an intent should not be sent, in plain words, with the line it concerns.
public struct PreflightProblem: Codable, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem this is, for scripts and for choosing what to highlight.
    public enum Kind: String, Codable, Hashable, Sendable {
        case emptyIntent
        case quantityTooLow
        case quantityTooHigh
        case subscriptionNotRegistered
        /// The subscription is suspended, disabled, expired or otherwise not active: nothing can be bought on it.
        case subscriptionNotActive
        /// A scope the subscription's kind does not take: an Azure plan's reservations are bought shared.
        case scopeNotAllowed
        case inventoryRestricted
        case staleCatalogItem
        case marketNotSold
        case cartExpired
        /// A fact preflight needed could not be fetched; the purchase is refused rather than sent blind.
        case checkFailed
    }

    public var kind: Kind
    /// A sentence for the operator: what is wrong and what to do.
    public var message: String
    /// The index of the line in `PurchaseIntent.lines`; nil for problems of the whole intent.
    public var lineIndex: Int?

    public init(kind: Kind, message: String, lineIndex: Int? = nil) {
        self.kind = kind
        self.message = message
        self.lineIndex = lineIndex
    }

    /// `line 2: …` (lines numbered from 1 for people) or the message alone.
    public var description: String {
        lineIndex.map { "line \($0 + 1): \(message)" } ?? message
    }

    /// `Line 3: …` with the number the operator sees for the line, or the message alone for the whole intent.
    /// - Parameter lineNumbers: the shown number of each intent line, by index (a cart's line IDs, which keep
    ///   their numbers when an earlier line is removed); an index past the end is numbered from 1.
    public func lineLabelled(_ lineNumbers: [Int] = []) -> String {
        guard let lineIndex else { return message }
        let number = lineNumbers.indices.contains(lineIndex) ? lineNumbers[lineIndex] : lineIndex + 1
        return "Line \(number): \(message)"
    }
}
