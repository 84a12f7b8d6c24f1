import Vocabulary
import TerminalUI
import ReservationsCore
import ScreenKit
import SubscriptionsFeature

// MARK: - Customers: the filter, and what a move in the list loads

extension AppReducer {
    /// A key while the customer filter is typed; arrows move through the matches.
    static func handleFilterKey(_ key: KeyChord, _ state: inout AppState) -> [Effect] {
        switch key {
        case .up, .down, .pageUp, .pageDown:
            // Arrows move through the matches while typing.
            return runMovement(key, &state)
        default:
            guard state.customers.editFilter(with: key) || key == .enter else { return [] }
        }
        var effects = detailRequests(&state)
        effects += selectionChanged(&state)
        return effects
    }

    /// `:customer NAME`: filters the customers by NAME and selects the first match.
    static func selectCustomer(named name: String, _ state: inout AppState) -> [Effect] {
        guard !name.isEmpty else {
            state.status = .warning(":customer needs a name, e.g. :customer contoso")
            return []
        }
        let left = show(.customers, &state)
        state.customers.filter = TextField(text: name)
        state.customers.applyFilter()
        let count = state.customers.matches.count
        if count == 0 {
            state.status = .warning("No customer matches \"\(name)\"")
        } else {
            state.status = .info("\(Plural.count(count, "customer")) \(count == 1 ? "matches" : "match") \"\(name)\"")
        }
        return left + detailRequests(&state) + selectionChanged(&state)
    }

    /// Asks for the details (country) of visible customers not yet known.
    static func detailRequests(_ state: inout AppState) -> [Effect] {
        let rows = max(1, state.visibleListRows)
        let range = state.customers.table.visibleRange(visibleRows: rows, count: state.customers.matches.count)
        var wanted: [CustomerID] = []
        for position in range {
            let id = state.customers.match(at: position).id
            if state.customers.countries[id] == nil, state.customers.detailErrors[id] == nil,
                !state.customers.detailsRequested.contains(id)
            {
                wanted.append(id)
            }
        }
        guard !wanted.isEmpty else { return [] }
        state.customers.detailsRequested.formUnion(wanted)
        return [.customers(.loadCustomerDetails(wanted))]
    }

    /// When the selected customer changes, its subscriptions are loaded.
    static func selectionChanged(_ state: inout AppState) -> [Effect] {
        guard let id = state.customers.selectedCustomer?.id else {
            state.subscriptions = SubscriptionsState()
            return []
        }
        guard state.subscriptions.customerID != id else { return [] }
        if let leaving = state.subscriptions.customerID, state.subscriptions.load == .loaded {
            state.subscriptionsSeen[leaving] = state.subscriptions
        }
        if let seen = state.subscriptionsSeen[id] {
            state.subscriptions = seen
            // A status read that was still out when the customer was left answered to nobody: ask again.
            for (subscription, registration) in seen.registration where registration == .checking {
                state.subscriptions.registration[subscription] = nil
            }
            return SubscriptionsReducer.registrationRequests(&state, keepingPlans: true)
        }
        state.subscriptions = SubscriptionsState()
        state.subscriptions.customerID = id
        state.subscriptions.load = .loading(loaded: 0, total: nil)
        return [.customers(.loadSubscriptions(id))]
    }
}

// MARK: - Answers

extension AppReducer {
    /// The customer list's answers.
    static func reduceCustomers(_ action: CustomersAction, _ state: inout AppState) -> [Effect] {
        switch action {
        case .customersPageLoaded(let customers, let loaded, let total, let isComplete):
            let hadSelection = state.customers.selectedCustomer != nil
            state.customers.append(customers)
            state.customers.load = isComplete ? .loaded : .loading(loaded: loaded, total: total)
            if isComplete {
                let notice = state.startupNotice.map { " · " + $0 } ?? ""
                state.status = notice.isEmpty ? .info("\(Plural.count(loaded, "customer")) loaded") : .warning("\(Plural.count(loaded, "customer")) loaded" + notice)
            } else {
                let of = total.map { " of \($0)" } ?? ""
                state.status = .info("Loading customers… \(loaded)\(of) (Esc to stop)")
            }
            var effects = detailRequests(&state)
            if !hadSelection { effects += selectionChanged(&state) }
            return effects

        case .customersFailed(let message):
            state.customers.load = .failed(message)
            state.status = .error(message)
            return []

        case .customerDetailLoaded(let id, let country):
            state.customers.detailsRequested.remove(id)
            if let country { state.customers.countries[id] = country }
            return []

        case .customerDetailFailed(let id, let message):
            state.customers.detailsRequested.remove(id)
            state.customers.detailErrors[id] = message
            if state.customers.selectedCustomer?.id == id { state.status = .error(message) }
            return []
        }
    }
}
