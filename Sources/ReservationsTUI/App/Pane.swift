/// The panes that can have focus, in Tab order.
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

    /// Panes that take the whole body instead of the two lists.
    public var takesBody: Bool { screen.takesBody }

    /// The screen behind the pane: the one place a new screen is listed.
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

    public var title: String {
        switch self {
        case .customers: "Customers"
        case .subscriptions: "Subscriptions"
        case .catalog: "Catalog"
        case .cart: "Cart"
        case .orders: "Orders"
        case .reservations: "Reservations"
        case .billing: "Billing"
        case .expiry: "Expiry board"
        }
    }
}

extension Pane {
    /// The panes about what was bought (cart, orders, reservations): Esc and Tab lead back to the lists.
    var isAfterPurchase: Bool { self == .cart || self == .orders || self == .reservations || self == .billing || self == .expiry }
}
