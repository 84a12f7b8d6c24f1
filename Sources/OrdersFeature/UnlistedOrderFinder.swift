import ReservationsCore
import Vocabulary

/// Finds the orders this host placed that Partner Center does not list yet (it lists them up to 15 minutes late).
/// The app's purchase service answers it; the orders module asks nothing else of purchases.
public protocol UnlistedOrderFinder: Sendable {
    /// Orders this host placed for the customer that Partner Center's list (`listed`) does not show yet.
    func unlistedOrders(customerID: CustomerID, listed: Set<OrderID>) async -> [UnlistedOrder]
}
