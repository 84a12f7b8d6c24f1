import ScreenKit

/// What the orders screen needs of the app: a place for its state, a way to be shown, and how its effects travel.
/// The app's state conforms, so this module never names the app.
public protocol OrdersHost: ScreenHost {
    /// The orders screen's content, once opened for a customer.
    var orders: OrdersState? { get set }
    /// Puts the orders screen on top (the shown screen is asked to leave first); what leaving asked for.
    mutating func showOrdersScreen() -> [AppEffect]
    /// The app's effect carrying one of the orders screen's.
    static func ordersEffect(_ effect: OrdersEffect) -> AppEffect
}
