import PartnerCenter
import ReservationsCore
import TerminalUI

// MARK: - Reservations

extension AppReducer {
    /// Opens the reservations pane for a customer (`V` or `:reservations`).
    static func openReservations(customerID: CustomerID, name: String, _ state: inout AppState) -> [Effect] {
        var effects: [Effect] = []
        if state.focus == .catalog { effects = leaveCatalog(to: .reservations, &state) }
        var reservations =
            state.reservations?.customerID == customerID ? state.reservations! : ReservationsState(customerID: customerID, customerName: name)
        reservations.load = .loading(loaded: 0, total: nil)
        reservations.detail = nil
        state.reservations = reservations
        state.focus = .reservations
        state.status = .info("Loading reservations of \(name)…")
        return effects + [.loadReservations(customerID)]
    }

    static func openReservationsForSelection(_ state: inout AppState) -> [Effect] {
        if let customer = state.customers.selectedCustomer {
            return openReservations(customerID: customer.id, name: customer.name, &state)
        }
        if let reservations = state.reservations {
            return openReservations(customerID: reservations.customerID, name: reservations.customerName, &state)
        }
        state.status = .warning("Select a customer first")
        return []
    }

    /// Enter: follow the selected entitlement's artifact link to its reservations.
    static func showReservationDetail(_ state: inout AppState) -> [Effect] {
        guard var reservations = state.reservations, let entitlement = reservations.selected else { return [] }
        guard let artifact = entitlement.reservationArtifact, artifact.link != nil else {
            state.status = .warning("This entitlement has no reservation link")
            return []
        }
        reservations.detail = ReservationDetailState(artifact: artifact)
        state.reservations = reservations
        return [.loadReservationDetails(reservations.customerID, artifact)]
    }

    static func reduceReservations(_ action: Action, _ state: inout AppState) -> [Effect] {
        guard var reservations = state.reservations else { return [] }
        defer { state.reservations = reservations }
        switch action {
        case .reservationsLoaded(let id, let items, let now):
            guard id == reservations.customerID else { return [] }
            reservations.items = ReservationExpiry.sortedByExpiry(items)
            reservations.loadedAt = now
            reservations.load = .loaded
            reservations.table.clamp(count: reservations.items.count)
            let soon = ReservationExpiry.expiring(items, withinDays: ReservationsState.warningDays, now: now).count
            let soonText = soon > 0 ? "; \(soon) expire within \(ReservationsState.warningDays) days" : ""
            state.status = soon > 0
                ? .warning("\(items.count) reservations of \(reservations.customerName)\(soonText)")
                : .info("\(items.count) reservations of \(reservations.customerName)")
        case .reservationsFailed(let id, let message):
            guard id == reservations.customerID else { return [] }
            reservations.load = .failed(message)
            state.status = .error("Could not load reservations: \(message)")
        case .reservationDetailsLoaded(let artifact, let details):
            guard reservations.detail?.artifact == artifact else { return [] }
            reservations.detail?.details = details
            reservations.detail?.load = .loaded
        case .reservationDetailsFailed(let artifact, let message):
            guard reservations.detail?.artifact == artifact else { return [] }
            reservations.detail?.load = .failed(message)
            state.status = .error("Could not load the reservation details: \(message)")
        default:
            break
        }
        return []
    }
}
