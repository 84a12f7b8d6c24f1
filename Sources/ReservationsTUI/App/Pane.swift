/// The panes that can have focus, in Tab order.
public enum Pane: String, CaseIterable, Sendable {
    case customers
    case subscriptions

    public var title: String {
        switch self {
        case .customers: "Customers"
        case .subscriptions: "Subscriptions"
        }
    }
}
