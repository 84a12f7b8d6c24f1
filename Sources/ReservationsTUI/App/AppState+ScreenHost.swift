import ReservationsCore
import ScreenKit
import TerminalUI
import Vocabulary

/// What the screens' modules may ask of the app's state besides their own screen.
extension AppState: ScreenHost {
    public typealias AppEffect = Effect

    public var selectedCustomer: CustomerRow? { customers.selectedCustomer }

    public var bodyFrame: Rect { AppLayout.frames(for: size).catalog }

    public mutating func goBack() -> [Effect] { AppReducer.back(&self) }

    public func subscriptionNames(of customerID: CustomerID) -> [String: String] {
        subscriptions.customerID == customerID ? subscriptions.namesByID : [:]
    }
}
