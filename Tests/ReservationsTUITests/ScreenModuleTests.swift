import Foundation
import PartnerCenter
import ReservationsCore
import Testing
import TerminalUI
@testable import OrdersFeature
@testable import ReservationsTUI
@testable import ScreenKit

/// A screen's module runs without the app: its reducer and keys work over any host, and its tasks answer in its own
/// action type, which the app wraps on the way into its mailbox.
@Suite struct ScreenModuleTests {
    /// A host that is not `AppState`: the orders module's reducer and keys must work over it alone.
    struct BareOrdersHost: OrdersHost {
        var environment = AppEnvironment()
        var status: StatusLine = .none
        var orders: OrdersState?
        var shownTimes = 0
        var selectedCustomer: CustomerRow? { nil }
        var selectedSubscription: SubscriptionRow? { nil }
        var customerToOpen: ShownCustomer?
        var bodyFrame: Rect { Rect(x: 0, y: 0, width: 80, height: 20) }
        func subscriptionNames(of customerID: CustomerID) -> [String: String] { [:] }
        func listedSubscriptions(of customerID: CustomerID) -> [SubscriptionRow] { [] }
        func hasLoadedSubscriptions(of customerID: CustomerID) -> Bool { false }
        func customerName(_ id: CustomerID) -> String? { nil }
        func customerCountry(_ id: CustomerID) -> String? { nil }
        mutating func runMovement(_ key: KeyChord) -> [OrdersEffect] { [] }
        mutating func goBack() -> [OrdersEffect] { [] }
        mutating func showOrdersScreen() -> [OrdersEffect] {
            shownTimes += 1
            return []
        }
        static func ordersEffect(_ effect: OrdersEffect) -> OrdersEffect { effect }
    }

    @Test("the orders module opens, loads and answers over a host that is not the app's state")
    func ordersOverABareHost() {
        var host = BareOrdersHost()
        let customer = CustomerID("c-1")
        #expect(OrdersBindings.opening(for: BareOrdersHost.self).first?.unavailable(host) == "Select a customer first")
        host.customerToOpen = ShownCustomer(id: customer, name: "Fabrikam")
        let perform = OrdersBindings.opening(for: BareOrdersHost.self).first?.perform
        let effects = perform?(&host) ?? []
        #expect(effects == [.loadOrders(customer, oneTimeOnly: false)])
        #expect(host.shownTimes == 1)
        #expect(host.orders?.customerName == "Fabrikam" && host.orders?.load == .loading(loaded: 0, total: nil))
        #expect(host.status == .info("Loading orders of Fabrikam…"))
        #expect(OrdersReducer.reduce(.ordersLoaded(customer, []), &host).isEmpty)
        #expect(host.orders?.load == .loaded)
        #expect(host.status == .info("0 orders of Fabrikam"))
        // `t` through the module's own binding: one-time orders, loaded again.
        let toggle = OrdersBindings.all(for: BareOrdersHost.self).first { $0.name == "toggle-one-time-orders" }?.perform
        #expect(toggle?(&host) == [.loadOrders(customer, oneTimeOnly: true)])
    }

    enum Slot: TaskSlot { case load }

    @Test("a feature's task answers in its own type, wrapped into the app's action; a replaced task's late answer is dropped")
    func featureTasksWrapAndDrop() async throws {
        let mailbox = Mailbox()
        let tasks = EffectTasks(mailbox: mailbox)
        let orders = tasks.feature(Action.orders)
        let late = CustomerID("late")
        let now = CustomerID("now")
        orders.perform(Slot.load, {
            try await Task.sleep(for: .seconds(30))
            return .ordersFailed(late, "answered after being replaced")
        }, failed: { .ordersFailed(late, $0) })
        orders.perform(Slot.load, { .ordersFailed(now, "current") }, failed: { .ordersFailed(now, $0) })
        let received = try await EffectRunnerTests.drain(mailbox) { !$0.isEmpty }
        #expect(received == [.orders(.ordersFailed(now, "current"))])
        // The replaced task was cancelled: its sleep threw, and its failure was not posted either.
        try await Task.sleep(for: .milliseconds(100))
        #expect(mailbox.drain().isEmpty)
        #expect(tasks.runningCount == 0)
        await orders.mailbox.deliver(.ordersFailed(now, "delivered"))
        #expect(mailbox.drain() == [.orders(.ordersFailed(now, "delivered"))])
    }
}
