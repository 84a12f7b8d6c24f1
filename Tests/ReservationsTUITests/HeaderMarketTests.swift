import Foundation
import PartnerCenter
import ReservationsTUI
import TerminalUI
import Testing
@testable import OrdersFeature
@testable import ReservationsFeature

/// The header's market belongs to the customer the screen is about, and to nobody on screens across customers.
struct HeaderMarketTests {
    static func header(_ state: AppState) -> String {
        String(AppView.render(state).plainText().split(separator: "\n")[0])
    }

    @Test("orders and reservations of Northwind Traders show GB while Contoso (US) is selected; billing and the expiry board show no market", arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40)])
    func marketFollowsTheScreen(size: Size) {
        let state = Fixtures.loadedState(size: size)
        #expect(Self.header(state).hasSuffix("US · RI sold"), "the customers list: the selected customer (Contoso, US)")
        let northwind = Fixtures.customers[3]

        var orders = state
        orders.focus = .orders
        orders.orders = OrdersState(customerID: northwind.id, customerName: "Northwind Traders")
        #expect(Self.header(orders).hasSuffix("GB · RI sold"), "\(Self.header(orders))")

        var reservations = state
        reservations.focus = .reservations
        reservations.reservations = ReservationsState(customerID: northwind.id, customerName: "Northwind Traders")
        #expect(Self.header(reservations).hasSuffix("GB · RI sold"), "\(Self.header(reservations))")

        for focus in [Pane.billing, .expiry] {
            var across = state
            across.focus = focus
            let header = Self.header(across)
            #expect(!header.contains("RI sold") && !header.contains("US ·"), "\(focus): \(header)")
        }
    }
}
