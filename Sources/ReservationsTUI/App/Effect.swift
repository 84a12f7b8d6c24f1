import Foundation
import ReservationsCore
import ExpiryFeature
import CustomersFeature
import SubscriptionsFeature
import CatalogFeature
import CartFeature
import OrdersFeature
import ReservationsFeature
import BillingFeature

/// I/O the reducer asks for. The effect runner performs it and answers with actions.
public enum Effect: Equatable, Sendable {
    /// The expiry board's loads.
    case expiryBoard(ExpiryEffect)
    /// The customer list's and the subscriptions' loads.
    case customers(CustomersEffect)
    /// Registration reads and registering.
    case subscriptions(SubscriptionsEffect)
    /// The catalog's loads, cache and checks.
    case catalog(CatalogEffect)
    /// The cart draft, preflight, checkout and the purchase journal.
    case cart(CartEffect)
    /// Orders, their provisioning and invoice lines.
    case orders(OrdersEffect)
    /// Reservations, their details, SKU names and renewal plans.
    case reservations(ReservationsEffect)
    /// Billing's loads and exports.
    case billing(BillingEffect)
}

extension Effect {
    /// The feature's own effect inside, which ``EffectRunner`` hands to that feature's handler.
    var featureEffect: any FeatureEffect {
        switch self {
        case .expiryBoard(let effect): effect
        case .customers(let effect): effect
        case .subscriptions(let effect): effect
        case .catalog(let effect): effect
        case .cart(let effect): effect
        case .orders(let effect): effect
        case .reservations(let effect): effect
        case .billing(let effect): effect
        }
    }
}
