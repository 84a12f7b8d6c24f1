import Foundation
import Vocabulary
import ReservationsCore
import TerminalUI
import ReservationsFeature
import CartFeature
import ScreenKit
import CustomersFeature

/// Renewal from the reservations pane and the expiry board: marked (or the selected) reservations become cart lines
/// that buy the same again; the checkout stays the normal one (preflight, summary, typed BUY).
extension AppReducer {
    /// Space: marks or unmarks the selected reservation and moves down, as file managers do.
    static func toggleRenewalMark(_ state: inout AppState) -> [Effect] {
        guard let screen = state.focus.screen as? any RenewalScreen.Type, let count = screen.toggleMark(&state) else { return [] }
        state.status = .info("\(Plural.count(count, "reservation")) marked; R renews them in one cart")
        return []
    }

    /// R: the marked reservations, else the selected one, of one customer, to plan as cart lines.
    static func renewMarked(_ state: inout AppState) -> [Effect] {
        guard let screen = state.focus.screen as? any RenewalScreen.Type else { return [] }
        let chosen = screen.chosenForRenewal(state)
        guard let first = chosen.first else { return [] }
        let customers = Set(chosen.map(\.customer.id))
        guard customers.count == 1 else {
            state.status = .warning("A cart is for one customer: the marked reservations belong to \(customers.count) customers")
            return []
        }
        if let refusal = CartReducer.cartRefusal(for: first.customer.id, state) {
            state.status = .warning(refusal)
            return []
        }
        state.status = .info("Working out the renewal of \(Plural.count(chosen.count, "reservation")) (reading only; nothing is bought)…")
        return [.reservations(.planRenewal(
            first.customer.id, customerName: first.customer.name,
            country: state.cart.draft?.country ?? state.customers.country(of: first.customer.id), chosen.map(\.reservation),
            firstLineID: state.cart.draft?.nextLineID ?? 1))]
    }

    static func reduceRenewal(_ action: ReservationsAction, _ state: inout AppState) -> [Effect] {
        switch action {
        case .renewalPlanned(let customerID, let customerName, let country, let plan):
            let notes = ([plan.priceNote] + plan.problems.map(Optional.some)).compactMap { $0 }
            guard !plan.lines.isEmpty else {
                state.status = .warning("Nothing to renew: " + (notes.first ?? "no reservation could be renewed"))
                return []
            }
            let buyer = CartBuyer(customerID: customerID, customerName: customerName, country: country)
            guard let draft = CartReducer.addToCart(plan.lines, for: buyer, &state) else { return [] }
            for pane in Pane.allCases { (pane.screen as? any RenewalScreen.Type)?.clearMarks(&state) }
            let left = show(.cart, &state)
            let added = "Added \(Plural.count(plan.lines.count, "renewal")) for \(customerName) to the cart; b checks out (preflight, summary, typed BUY)"
            state.status = notes.isEmpty ? .success(added) : .warning(added + " · " + notes.joined(separator: " · "))
            return left + [.cart(.saveCartDraft(draft))]
        case .renewalFailed(let message):
            state.status = .error("Could not work out the renewal: \(message)")
            return []
        default:
            return []
        }
    }
}
