import ReservationsFeature

/// The app's state as the reservations module sees it.
extension AppState: ReservationsHost {
    /// The reservations pane's content, once opened for a customer.
    public var reservations: ReservationsState? {
        get { screens[ReservationsState.self] }
        set { screens[ReservationsState.self] = newValue }
        _modify { yield &screens[ReservationsState.self] }
    }

    public mutating func showReservationsScreen() -> [Effect] { AppReducer.show(.reservations, &self) }

    public static func reservationsEffect(_ effect: ReservationsEffect) -> Effect { .reservations(effect) }
}

extension Effect {
    /// The reservations module's effect, as the reducers ask for it.
    public static func reservations(_ effect: ReservationsEffect) -> Effect { Effect(effect) }
}
