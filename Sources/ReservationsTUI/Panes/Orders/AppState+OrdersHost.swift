import ReservationsCore
import TerminalUI
import Vocabulary
import OrdersFeature

/// The app's state as the orders module sees it.
extension AppState: OrdersHost {
    /// The orders pane's content, once opened for a customer.
    public var orders: OrdersState? {
        get { screens[OrdersState.self] }
        set { screens[OrdersState.self] = newValue }
        _modify { yield &screens[OrdersState.self] }
    }

    public mutating func showOrdersScreen() -> [Effect] { AppReducer.show(.orders, &self) }

    public static func ordersEffect(_ effect: OrdersEffect) -> Effect { .orders(effect) }
}

extension Effect {
    /// The orders module's effect, as the reducers ask for it.
    public static func orders(_ effect: OrdersEffect) -> Effect { Effect(effect) }
}
