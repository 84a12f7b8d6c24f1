import PartnerCenter

/// Where a subscription's registration for reservations (Microsoft.Capacity) stands, as the screens show it.
public enum SubscriptionRegistration: Equatable, Sendable {
    case registered, registering, notRegistered
    /// A state this client does not know, as the service spells it.
    case unknown(String)

    public init(_ state: RegistrationStatus.State) {
        switch state {
        case .registered: self = .registered
        case .registering: self = .registering
        case .notRegistered: self = .notRegistered
        case .unknown(let raw): self = .unknown(raw)
        }
    }
}
