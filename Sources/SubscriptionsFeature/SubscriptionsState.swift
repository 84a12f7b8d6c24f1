import Vocabulary
import ReservationsCore
import TerminalUI
import ScreenKit

/// The subscriptions pane: the selected customer's subscriptions.
public struct SubscriptionsState: Equatable, Sendable {
    /// Whose subscriptions these are; results for another customer are ignored.
    public var customerID: CustomerID?
    public var items: [SubscriptionRow] = []
    public var table = TableState()
    public var load: LoadState = .idle
    /// Reservation registration per Azure subscription.
    public var registration: [SubscriptionID: RegistrationState] = [:]
    /// The Azure subscriptions under each Azure plan, once loaded.
    public var azureEntitlements: [SubscriptionID: [AzureSubscriptionRow]] = [:]

    public init() {}

    public var selected: SubscriptionRow? { items.indices.contains(table.selectedIndex) ? items[table.selectedIndex] : nil }

    /// Each subscription's friendly name (else its offer name, else its ID), by ID.
    public var namesByID: [String: String] {
        Dictionary(items.map { ($0.id.rawValue, $0.friendlyName ?? $0.offerName ?? $0.id.rawValue) }) { first, _ in first }
    }
}
