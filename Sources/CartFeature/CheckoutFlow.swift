import ScreenKit
import ReservationsCore
import TerminalUI

/// The checkout dialog: preflight, summary with a typed confirmation, sending, and the result.
public struct CheckoutFlow: Equatable, Sendable {
    /// The word the operator types to confirm; anything else keeps Buy disabled.
    public static let confirmationWord = "BUY"
    /// The second word, typed after BUY when the same item was bought for the customer within 24 hours.
    public static let duplicateConfirmationWord = "AGAIN"

    public enum Stage: Equatable, Sendable {
        /// The preflight checks are running.
        case checking
        /// The preflight found problems; nothing can be bought until they are fixed.
        case problems([String])
        /// The summary, waiting for the typed word and Buy.
        case confirming
        /// BUY was typed, but the same item was bought recently: waiting for the second word.
        case confirmingDuplicate
        case sending
        case finished(CheckoutReport)
        /// The checkout's outcome is not known (network, timeout): the cart is kept and checkout can be retried
        /// safely, as the retry reuses the same request ID.
        case failed(String)
        /// Stopped before anything was sent (the journal or the team ledger could not record it, for example):
        /// the cart is kept and Retry records and sends it once the cause is gone.
        case refused(String)
    }

    /// The draft as it was when checkout began; what is bought is exactly this.
    public var draft: CartDraft
    public var stage: Stage = .checking
    /// Problems found without the service; shown with the remote ones.
    public var localProblems: [String] = []
    public var confirmation = TextField()
    /// 0 is Cancel, the default; 1 is Buy.
    public var focusedButton = 0
    /// Earlier purchases of the same items for this customer within 24 hours, one sentence each.
    public var duplicates: [String] = []
    /// AGAIN was typed: a retry of this checkout (same request ID) keeps the operator's second confirmation.
    public var isDuplicateConfirmed = false

    public init(draft: CartDraft) { self.draft = draft }

    /// The word the current stage asks for.
    public var requiredWord: String { stage == .confirmingDuplicate ? Self.duplicateConfirmationWord : Self.confirmationWord }

    public var isConfirmed: Bool { confirmation.text == requiredWord }
    /// The word typed in the wrong case ("buy", "Buy"): answered with a hint, never taken as confirmation.
    public var isMistypedInCase: Bool { !isConfirmed && confirmation.text.uppercased() == requiredWord }
}
