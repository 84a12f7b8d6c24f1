/// BillingCycleType (§4.1); reservations are `one_time`.
public enum BillingCycle: LenientEnum {
    case monthly, annual, none, oneTime, triennial
    case unknown(String)

    public static let allCases: [BillingCycle] = [.monthly, .annual, .none, .oneTime, .triennial]

    public var wireName: String {
        switch self {
        case .monthly: "monthly"
        case .annual: "annual"
        case .none: "none"
        case .oneTime: "one_time"
        case .triennial: "triennial"
        case .unknown(let raw): raw
        }
    }
}
