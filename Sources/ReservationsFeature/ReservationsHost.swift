import ScreenKit

/// What the reservations screen needs of the app: a place for its state, the SKU names read so far, a way to be
/// shown, and how its effects travel.
public protocol ReservationsHost: ScreenHost {
    /// The reservations pane's content, once opened for a customer.
    var reservations: ReservationsState? { get set }
    /// What reservations are, by `product:sku` (`Standard_D2s_v5 · US East`); an ID not in here shows as the ID.
    var skuNames: [String: String] { get }
    /// Puts the reservations screen on top (the shown screen is asked to leave first); what leaving asked for.
    mutating func showReservationsScreen() -> [AppEffect]
    /// The app's effect carrying one of the reservations screen's.
    static func reservationsEffect(_ effect: ReservationsEffect) -> AppEffect
}
