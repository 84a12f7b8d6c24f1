/// The panes that can have focus. A new screen is listed here, and only here: its case, its ``Screen``, and where
/// its opening keys and `:` verbs stand among the others.
public enum Pane: String, CaseIterable, Sendable {
    case customers
    case subscriptions
    /// Shown instead of the two lists once opened from a subscription.
    case catalog
    /// The cart draft; takes the body like the catalog.
    case cart
    /// A customer's orders; takes the body like the catalog.
    case orders
    /// A customer's reservations with expiry; takes the body like the catalog.
    case reservations
    /// Balance, invoices and line items; takes the body like the catalog.
    case billing
    /// Every customer's reservations expiring soon; takes the body like the catalog.
    case expiry

    /// The screen behind the pane.
    var screen: any Screen.Type {
        switch self {
        case .customers: CustomersScreen.self
        case .subscriptions: SubscriptionsScreen.self
        case .catalog: CatalogScreen.self
        case .cart: CartScreen.self
        case .orders: OrdersScreen.self
        case .reservations: ReservationsScreen.self
        case .billing: BillingScreen.self
        case .expiry: ExpiryBoardScreen.self
        }
    }

    /// The order in which help lists the keys and `:` verbs that open screens (help lists the screens themselves in
    /// case order).
    static let openingOrder: [Pane] = [.customers, .subscriptions, .catalog, .cart, .orders, .reservations, .expiry, .billing]

    public var title: String { screen.title }

    /// Panes that take the whole body instead of the two lists.
    public var takesBody: Bool { screen.takesBody }
}
