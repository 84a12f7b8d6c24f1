import ReservationsCore
import TerminalUI
import Vocabulary

/// What a screen's module may read and write of the app besides its own state: the status line, the lists'
/// selection, where body screens are drawn, and the subscriptions' names. The app's state conforms; a screen's own
/// host protocol (``OrdersHost``…) adds the screen's state and how the app shows it, so the module never names
/// the app's state or its action and effect types.
public protocol ScreenHost: Sendable {
    /// What this session is: its profile, where it buys, whether it is read-only.
    var environment: AppEnvironment { get }
    /// The app's effect type, which a screen's effects are wrapped into.
    associatedtype AppEffect
    var status: StatusLine { get set }
    /// The customer selected in the customers list.
    var selectedCustomer: CustomerRow? { get }
    /// The subscription selected in the subscriptions list.
    var selectedSubscription: SubscriptionRow? { get }
    /// Whose orders `O` and whose reservations `V` open: the shown screen's customer, else the selected one.
    var customerToOpen: ShownCustomer? { get }
    /// Where a body screen is drawn now (for paging and keeping a row in view).
    var bodyFrame: Rect { get }
    /// The friendly names of a customer's subscriptions, by ID, when the subscriptions list holds them.
    func subscriptionNames(of customerID: CustomerID) -> [String: String]
    /// The subscriptions the subscriptions list shows when it is about `customerID`, else none.
    func listedSubscriptions(of customerID: CustomerID) -> [SubscriptionRow]
    /// Whether the subscriptions list is about `customerID` and finished loading.
    func hasLoadedSubscriptions(of customerID: CustomerID) -> Bool
    /// A customer's name, when the customer list has it.
    func customerName(_ id: CustomerID) -> String?
    /// A customer's country, when it is known (from the list or its details).
    func customerCountry(_ id: CustomerID) -> String?
    /// Moves the shown list's cursor for an arrow or page key (while a filter is typed); other keys do nothing.
    mutating func runMovement(_ key: KeyChord) -> [AppEffect]
    /// Goes back to the screen shown before (Esc), asking the shown one to leave first; what leaving asked for.
    mutating func goBack() -> [AppEffect]
}
