/// A subscription's registration for reservation purchases (§3.2, operation 5).
public struct RegistrationStatus: Codable, Hashable, Sendable {
    /// `registered`, `registering` or `notregistered`; docs show several casings.
    public enum State: LenientEnum {
        case registered, registering, notRegistered
        case unknown(String)

        public static let allCases: [State] = [.registered, .registering, .notRegistered]

        public var wireName: String {
            switch self {
            case .registered: "Registered"
            case .registering: "Registering"
            case .notRegistered: "NotRegistered"
            case .unknown(let raw): raw
            }
        }
    }

    public var subscriptionId: SubscriptionID
    public var status: State
    public var attributes: ResourceAttributes?

    public init(subscriptionId: SubscriptionID, status: State) {
        self.subscriptionId = subscriptionId
        self.status = status
        self.attributes = ResourceAttributes(objectType: "SubscriptionRegistrationStatus")
    }
}
