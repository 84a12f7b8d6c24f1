import Vocabulary
import ReservationsCore
import TerminalUI
import ScreenKit

/// The reservations screen's reducer: opening it for a customer, its details, and what its loads answer. Over any
/// ``ReservationsHost``.
public enum ReservationsReducer {
    /// Opens the reservations pane for a customer (`V` or `:reservations`).
    public static func openReservations<Host: ReservationsHost>(customerID: CustomerID, name: String, _ state: inout Host) -> [Host.AppEffect] {
        let effects = state.showReservationsScreen()
        var reservations =
            state.reservations?.customerID == customerID ? state.reservations! : ReservationsState(customerID: customerID, customerName: name)
        reservations.load = .loading(loaded: 0, total: nil)
        reservations.detail = nil
        state.reservations = reservations
        state.status = .info("Loading reservations of \(name)…")
        return effects + [Host.reservationsEffect(.loadReservations(customerID))]
    }

    public static func openReservationsForSelection<Host: ReservationsHost>(_ state: inout Host) -> [Host.AppEffect] {
        if let customer = state.selectedCustomer {
            return openReservations(customerID: customer.id, name: customer.name, &state)
        }
        if let reservations = state.reservations {
            return openReservations(customerID: reservations.customerID, name: reservations.customerName, &state)
        }
        state.status = .warning("Select a customer first")
        return []
    }

    /// Enter: follow the selected entitlement's artifact link to its reservations.
    public static func showReservationDetail<Host: ReservationsHost>(_ state: inout Host) -> [Host.AppEffect] {
        guard var reservations = state.reservations else { return [] }
        if reservations.selectedUnlisted != nil {
            state.status = .info("Partner Center does not list this reservation yet; its details can be read once it does")
            return []
        }
        guard let reservation = reservations.selected else { return [] }
        guard let link = reservation.detailsLink else {
            state.status = .warning("This entitlement has no reservation link")
            return []
        }
        reservations.detail = ReservationDetailState(link: link)
        state.reservations = reservations
        return [Host.reservationsEffect(.loadReservationDetails(reservations.customerID, link))]
    }

    public static func reduce<Host: ReservationsHost>(_ action: ReservationsAction, _ state: inout Host) -> [Host.AppEffect] {
        guard var reservations = state.reservations else { return [] }
        defer { state.reservations = reservations }
        switch action {
        case .reservationsLoaded(let id, let items, let now):
            guard id == reservations.customerID else { return [] }
            reservations.items = ReservationExpiry.sortedByExpiry(items)
            // A reservation bought here leaves the unlisted rows once an entitlement refers to its order.
            let listed = Set(items.compactMap(\.orderID))
            reservations.unlisted.removeAll { listed.contains($0.orderID) }
            reservations.loadedAt = now
            reservations.load = .loaded
            reservations.table.clamp(count: reservations.rowCount)
            let soon = ReservationExpiry.expiringCount(items, withinDays: ReservationsState.warningDays, now: now)
            let soonText = soon > 0 ? "; \(soon) expire within \(ReservationsState.warningDays) days" : ""
            state.status = soon > 0
                ? .warning("\(Plural.count(items.count, "reservation")) of \(reservations.customerName)\(soonText)")
                : .info("\(Plural.count(items.count, "reservation")) of \(reservations.customerName)")
            return skuNameRequests(items.map { (id, $0.productID, $0.skuID) }, state)
        case .unlistedReservationsFound(let id, let found):
            guard id == reservations.customerID else { return [] }
            let listed = Set(reservations.items.compactMap(\.orderID))
            let rows = found.filter { !listed.contains($0.orderID) && !$0.isCancelled }
                .sorted { $0.placedAt > $1.placedAt }.flatMap(UnlistedReservation.rows(of:))
            guard rows != reservations.unlisted else { return [] }
            // The selected entitlement stays selected as rows come and go above it.
            let selectedEntitlement = reservations.selected
            let selectedRow = reservations.selectedUnlisted
            reservations.unlisted = rows
            let index = selectedEntitlement.flatMap { selected in reservations.items.firstIndex(of: selected).map { $0 + rows.count } }
                ?? selectedRow.flatMap { row in rows.firstIndex { $0.orderID == row.orderID && $0.lineItemNumber == row.lineItemNumber } }
                ?? 0
            reservations.table.select(index, count: reservations.rowCount)
            reservations.table.clamp(count: reservations.rowCount)
            if !rows.isEmpty {
                state.status = .info(
                    "\(Plural.count(reservations.items.count, "reservation")); \(rows.count) bought here not yet listed by Partner Center (up to 15 minutes late)")
            }
        case .reservationsFailed(let id, let message):
            guard id == reservations.customerID else { return [] }
            reservations.load = .failed(message)
            state.status = .error("Could not load reservations: \(message)")
        case .reservationDetailsLoaded(let link, let details):
            guard reservations.detail?.link == link else { return [] }
            reservations.detail?.details = details
            reservations.detail?.load = .loaded
        case .reservationDetailsFailed(let link, let message):
            guard reservations.detail?.link == link else { return [] }
            reservations.detail?.load = .failed(message)
            state.status = .error("Could not load the reservation details: \(message)")
        default:
            break
        }
        return []
    }

    /// A request for the names of the product and SKU pairs not yet named, in each customer's country (the US
    /// catalog when the country is not known yet: a SKU's size and region are the same in every market).
    public static func skuNameRequests<Host: ReservationsHost>(_ items: [(CustomerID, String, String?)], _ state: Host) -> [Host.AppEffect] {
        let keys = Set(items.compactMap { customerID, productID, skuID -> ReservationNames.Key? in
            guard let skuID, state.skuNames[ReservationsPane.idText(productID, skuID)] == nil else { return nil }
            return ReservationNames.Key(country: state.customerCountry(customerID) ?? "US", productID: productID, skuID: skuID)
        })
        return keys.isEmpty ? [] : [Host.reservationsEffect(.loadSKUNames(keys))]
    }
}
