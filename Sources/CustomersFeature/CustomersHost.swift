import ScreenKit
import SubscriptionsFeature

/// What the customer list needs of the app: the list, what start has to say (repeated once the list is loaded),
/// how many rows the shown list has, a way to be shown, and how its effects travel. Moving in the list shows the
/// customer's subscriptions, so it is a subscriptions host too.
public protocol CustomersHost: SubscriptionsHost {
    var customers: CustomersState { get set }
    /// What start had to say (a restored cart, unsettled checkouts), repeated when the list finishes loading.
    var startupNotice: String? { get }
    /// The rows the shown list has on screen, for asking the details of the visible customers.
    var visibleListRows: Int { get }
    /// Shows the customer list (the shown screen is asked to leave first); what leaving asked for.
    mutating func showCustomersScreen() -> [AppEffect]
    /// The app's effect carrying one of the customer list's.
    static func customersEffect(_ effect: CustomersEffect) -> AppEffect
}
