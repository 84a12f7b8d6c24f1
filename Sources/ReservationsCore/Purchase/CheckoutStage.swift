/// Where one intent stands in the checkout journal. Each stage is written before the step it names is sent.
///
/// `intentRecorded → cartCreated → checkoutSent → completed | failed`; `failed` can follow any unfinished stage,
/// and `checkoutSent` can be written again for a retry. `completed` and `failed` are final.
public enum CheckoutStage: String, Codable, Hashable, Sendable, CaseIterable {
    /// The intent is recorded; the cart-create request (with its request ID) may or may not have been sent.
    case intentRecorded
    /// The service created the cart; its ID is journaled.
    case cartCreated
    /// Checkout is about to be sent, or was sent, with the journaled `MS-RequestId`; its outcome is not known yet.
    case checkoutSent
    /// Orders exist for the intent; their IDs are journaled.
    case completed
    /// The service gave a definitive refusal; nothing was bought.
    case failed

    /// True for `completed` and `failed`.
    public var isFinal: Bool { self == .completed || self == .failed }

    /// Whether the journal may move from this stage to `next`.
    public func allows(_ next: CheckoutStage) -> Bool {
        switch (self, next) {
        case (.intentRecorded, .cartCreated), (.intentRecorded, .failed), (.intentRecorded, .completed): true
        case (.cartCreated, .checkoutSent), (.cartCreated, .failed), (.cartCreated, .completed): true
        case (.checkoutSent, .checkoutSent), (.checkoutSent, .completed), (.checkoutSent, .failed): true
        default: false
        }
    }
}
