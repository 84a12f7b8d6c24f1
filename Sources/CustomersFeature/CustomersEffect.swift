import ScreenKit
import Foundation
import Vocabulary
import ReservationsCore

/// The customer list's and the subscriptions' loads, carried as `Effect.customers(_:)` and run by
/// ``CustomerEffects``.
public enum CustomersEffect: Equatable, Sendable {
    /// Fetch every page of customers, reporting each page.
    case loadCustomers
    /// Stop a running customer load.
    case cancelCustomerLoad
    /// Fetch customer details (for the country), a few at a time.
    case loadCustomerDetails([CustomerID])
    /// Fetch a customer's subscriptions, replacing any earlier such request.
    case loadSubscriptions(CustomerID)
}
