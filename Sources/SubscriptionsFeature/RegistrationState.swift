import ScreenKit
import ReservationsCore

/// What the subscriptions pane knows of one subscription's reservation registration.
public enum RegistrationState: Equatable, Sendable {
    case checking
    case known(SubscriptionRegistration)
    /// Registration was asked for; polling until registered.
    case registering(SubscriptionRegistration)
    case failed(String)

    /// The short word the Reg. column shows.
    public var label: String {
        switch self {
        case .checking: "…"
        case .known(.registered), .registering(.registered): "yes"
        case .known(.notRegistered): "no"
        case .known(.registering), .registering: "pending"
        case .known(.unknown(let raw)): raw
        case .failed: "error"
        }
    }

    public var isRegistered: Bool {
        switch self {
        case .known(.registered), .registering(.registered): true
        default: false
        }
    }
}
