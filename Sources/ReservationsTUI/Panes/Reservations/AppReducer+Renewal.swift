import Foundation
import Vocabulary
import ReservationsCore
import TerminalUI

/// Renewal from the reservations pane and the expiry board: marked (or the selected) reservations become cart lines
/// that buy the same again; the checkout stays the normal one (preflight, summary, typed BUY).
extension AppReducer {
    /// Space: marks or unmarks the selected reservation and moves down, as file managers do.
    static func toggleRenewalMark(_ state: inout AppState) -> [Effect] {
        switch state.focus {
        case .reservations:
            guard var reservations = state.reservations, let selected = reservations.selected else { return [] }
            reservations.marked.formSymmetricDifference([selected.renewalKey])
            reservations.table.moveDown(count: reservations.rowCount)
            state.reservations = reservations
            state.status = .info("\(Plural.count(reservations.marked.count, "reservation")) marked; R renews them in one cart")
        case .expiry:
            guard var board = state.expiryBoard, let selected = board.selected else { return [] }
            board.marked.formSymmetricDifference([selected.reservation.renewalKey])
            board.table.moveDown(count: board.shown.count)
            state.expiryBoard = board
            state.status = .info("\(Plural.count(board.marked.count, "reservation")) marked; R renews them in one cart")
        default:
            break
        }
        return []
    }

    /// R: the marked reservations, else the selected one, of one customer, to plan as cart lines.
    static func renewMarked(_ state: inout AppState) -> [Effect] {
        let chosen: [(customerID: CustomerID, customerName: String, reservation: ReservationRow)]
        switch state.focus {
        case .reservations:
            guard let reservations = state.reservations, let selected = reservations.selected else { return [] }
            let marked = reservations.items.filter { reservations.marked.contains($0.renewalKey) }
            chosen = (marked.isEmpty ? [selected] : marked).map { (reservations.customerID, reservations.customerName, $0) }
        case .expiry:
            guard let board = state.expiryBoard, let selected = board.selected else { return [] }
            let marked = board.entries.filter { board.marked.contains($0.reservation.renewalKey) }
            chosen = (marked.isEmpty ? [selected] : marked).map { ($0.customerID, $0.customerName, $0.reservation) }
        default:
            return []
        }
        guard let first = chosen.first else { return [] }
        let customers = Set(chosen.map(\.customerID))
        guard customers.count == 1 else {
            state.status = .warning("A cart is for one customer: the marked reservations belong to \(customers.count) customers")
            return []
        }
        if let draft = state.cart.draft, !draft.lines.isEmpty, draft.customerID != first.customerID {
            state.status = .warning(
                "The cart holds \(Plural.count(draft.lines.count, "line")) for \(draft.customerName); check out or empty it (C opens it) first")
            return []
        }
        state.status = .info("Working out the renewal of \(Plural.count(chosen.count, "reservation")) (reading only; nothing is bought)…")
        return [.reservations(.planRenewal(
            first.customerID, customerName: first.customerName,
            country: state.cart.draft?.country ?? state.customers.country(of: first.customerID), chosen.map(\.reservation),
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
            if let draft = state.cart.draft, !draft.lines.isEmpty, draft.customerID != customerID { return [] }
            var draft = state.cart.draft ?? {
                state.cart.draftsStarted += 1
                return CartDraft(token: "\(state.environment.sessionID)-\(state.cart.draftsStarted)", customerID: customerID,
                                 customerName: customerName, country: country)
            }()
            for var line in plan.lines {
                line.id = draft.nextLineID
                draft.lines.append(line)
            }
            state.cart.draft = draft
            state.reservations?.marked = []
            state.expiryBoard?.marked = []
            let left = show(.cart, &state)
            state.cart.table.select(draft.lines.count - plan.lines.count, count: draft.lines.count)
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
