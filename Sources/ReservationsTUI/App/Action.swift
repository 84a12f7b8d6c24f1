import Foundation
import ReservationsCore
import TerminalUI
import ExpiryFeature
import BillingFeature
import CustomersFeature
import SubscriptionsFeature
import CatalogFeature
import CartFeature
import OrdersFeature
import ReservationsFeature

/// What reaches the reducer: input, and the results of effects (named in the past tense).
public enum Action: Equatable, Sendable {
    /// The run loop started; kicks off the first loads.
    case started
    case keyPressed(KeyChord)
    case resized(Size)
    /// The team ledger's health probe answered: nil when it can be used, else why not.
    case ledgerChecked(offlineReason: String?)
    /// SKU names by `product:sku` (`Standard_D2s_v5 · US East`).
    case skuNamesLoaded([String: String])
    /// What the expiry board's load numbered `generation` answered.
    case expiryBoard(ExpiryAction, generation: Int)
    /// What the billing screen's loads and exports answered.
    case billing(BillingAction)
    /// What the customer list's loads answered.
    case customers(CustomersAction)
    /// What the subscriptions and their registration answered.
    case subscriptions(SubscriptionsAction)
    /// What the catalog's loads and checks answered.
    case catalog(CatalogAction)
    /// What the cart, preflight, checkout and the journal answered.
    case cart(CartAction)
    /// What the orders, their provisioning and invoice lines answered.
    case orders(OrdersAction)
    /// What the reservations, their details and renewal plans answered.
    case reservations(ReservationsAction)
}

extension Action {
    /// A screen's answer inside, for that screen's reducer; nil for what the app itself handles (input, the ledger
    /// probe, SKU names).
    var screenAnswer: (any ScreenAnswer)? {
        switch self {
        case .started, .keyPressed, .resized, .ledgerChecked, .skuNamesLoaded: nil
        case .expiryBoard(let action, let generation): ExpiryBoardAnswer(action: action, generation: generation)
        case .billing(let answer): answer
        case .customers(let answer): answer
        case .subscriptions(let answer): answer
        case .catalog(let answer): answer
        case .cart(let answer): answer
        case .orders(let answer): answer
        case .reservations(let answer): answer
        }
    }
}
