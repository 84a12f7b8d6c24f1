import Foundation
import ReservationsCore

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
