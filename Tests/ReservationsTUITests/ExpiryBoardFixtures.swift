import Foundation
import PartnerCenter
import ReservationsCore
import ReservationsTUI
import TerminalUI

/// Reservations of several customers expiring within 90 days, as the board's load reports them.
enum ExpiryBoardFixtures {
    static let now = ReservationsFixtures.now

    static func entry(_ customer: Int, _ order: String, daysLeft: Int, quantity: Int = 1) -> ExpiringReservation {
        let entitlement = ReservationsFixtures.entitlement(order, sku: "00\(customer)\(daysLeft % 10)", quantity: quantity, daysLeft: daysLeft)
        return ExpiringReservation(
            customerID: Fixtures.customers[customer].id, customerName: Fixtures.customers[customer].name, entitlement: entitlement,
            expiryDate: entitlement.expiryDate!)
    }

    /// Fabrikam: 12 and 75 days; Northwind: 40 days; Tailspin: 88 days.
    static let fabrikam = [entry(2, "ORD-FAB-75", daysLeft: 75, quantity: 2), entry(2, "ORD-FAB-12", daysLeft: 12, quantity: 3)]
    static let northwind = [entry(3, "ORD-NW-40", daysLeft: 40)]
    static let tailspin = [entry(7, "ORD-TS-88", daysLeft: 88, quantity: 4)]

    /// The board opened with E, the customer list read (`total` customers).
    static func openState(size: Size = Size(width: 100, height: 30), ascii: Bool = false, total: Int = 4) -> AppState {
        var state = Fixtures.loadedState(size: size, ascii: ascii)
        _ = Fixtures.press([.char("E")], &state)
        _ = AppReducer.reduce(&state, .expiryBoard(.customersListed(total: total, now: now), generation: state.expiryGeneration))
        return state
    }

    /// Every customer answered.
    static func loadedState(size: Size = Size(width: 100, height: 30), ascii: Bool = false) -> AppState {
        var state = openState(size: size, ascii: ascii)
        let generation = state.expiryGeneration
        let answers: [(Int, [ExpiringReservation])] = [(2, fabrikam), (3, northwind), (0, []), (7, tailspin)]
        for (done, answer) in answers.enumerated() {
            _ = AppReducer.reduce(&state, .expiryBoard(
                .customerLoaded(Fixtures.customers[answer.0].id, answer.1, done: done + 1, total: 4), generation: generation))
        }
        _ = AppReducer.reduce(&state, .expiryBoard(.finished, generation: generation))
        return state
    }
}
