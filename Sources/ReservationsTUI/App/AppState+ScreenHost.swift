import ReservationsCore
import TerminalUI
import Vocabulary
import ScreenKit
import SubscriptionsFeature
import CustomersFeature

/// What the screens' modules may ask of the app's state besides their own screen.
extension AppState: ScreenHost {
    public typealias AppEffect = Effect

    public var selectedCustomer: CustomerRow? { customers.selectedCustomer }

    public var selectedSubscription: SubscriptionRow? { subscriptions.selected }

    public var bodyFrame: Rect { AppLayout.frames(for: size).catalog }

    public mutating func runMovement(_ key: KeyChord) -> [Effect] { AppReducer.runMovement(key, &self) }

    public mutating func goBack() -> [Effect] { AppReducer.back(&self) }

    public func listedSubscriptions(of customerID: CustomerID) -> [SubscriptionRow] {
        subscriptions.customerID == customerID ? subscriptions.items : []
    }

    public func hasLoadedSubscriptions(of customerID: CustomerID) -> Bool {
        subscriptions.customerID == customerID && subscriptions.load == .loaded
    }

    public func customerName(_ id: CustomerID) -> String? { customers.rows.first { $0.id == id }?.name }

    public func customerCountry(_ id: CustomerID) -> String? { customers.countries[id] }

    public func subscriptionNames(of customerID: CustomerID) -> [String: String] {
        subscriptions.customerID == customerID ? subscriptions.namesByID : [:]
    }
}
