import CustomersFeature

/// The app's state as the customer list's module sees it (the list is stored on `AppState`).
extension AppState: CustomersHost {
    public mutating func showCustomersScreen() -> [Effect] { AppReducer.show(.customers, &self) }

    public static func customersEffect(_ effect: CustomersEffect) -> Effect { .customers(effect) }
}

extension Effect {
    /// The customer list module's effect, as the reducers ask for it.
    public static func customers(_ effect: CustomersEffect) -> Effect { Effect(effect) }
}
