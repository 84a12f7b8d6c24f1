import ReservationsFeature
import ScreenKit

/// What the expiry board needs of the app: a place for its state and its load count, a way to be shown, and how
/// its effects travel. Enter opens a customer's reservations, so it is a reservations host too.
public protocol ExpiryHost: ReservationsHost {
    /// The expiry board across all customers, once opened.
    var expiryBoard: ExpiryBoardState? { get set }
    /// Counts expiry-board loads, so late results of a stopped or replaced load are dropped.
    var expiryGeneration: Int { get set }
    /// Puts the board on top (the shown screen is asked to leave first); what leaving asked for.
    mutating func showExpiryBoardScreen() -> [AppEffect]
    /// The app's effect carrying one of the board's.
    static func expiryBoardEffect(_ effect: ExpiryEffect) -> AppEffect
}
