/// The lifecycle state of a subscription (§4.2).
public enum SubscriptionStatus: LenientEnum {
    case none, active, pending, suspended, expired, disabled, deleted
    case unknown(String)

    public static let allCases: [SubscriptionStatus] = [.none, .active, .pending, .suspended, .expired, .disabled, .deleted]

    public var wireName: String {
        switch self {
        case .none: "none"
        case .active: "active"
        case .pending: "pending"
        case .suspended: "suspended"
        case .expired: "expired"
        case .disabled: "disabled"
        case .deleted: "deleted"
        case .unknown(let raw): raw
        }
    }
}

extension SubscriptionStatus: WireDefaultable {
    public static var wireDefault: SubscriptionStatus { .none }
}
