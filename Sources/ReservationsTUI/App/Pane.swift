/// The panes that can have focus, in Tab order.
public enum Pane: String, CaseIterable, Sendable {
    case customers
    case subscriptions
    /// Shown instead of the two lists once opened from a subscription.
    case catalog

    public var title: String {
        switch self {
        case .customers: "Customers"
        case .subscriptions: "Subscriptions"
        case .catalog: "Catalog"
        }
    }
}
