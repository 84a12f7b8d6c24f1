import Vocabulary
import TerminalUI
import ReservationsCore
import ScreenKit
import SubscriptionsFeature

/// The customer list's reducer: the filter, what a move in the list loads (details, the subscriptions), and what
/// its loads answer. Over any ``CustomersHost``.
public enum CustomersReducer {
    /// A key while the customer filter is typed; arrows move through the matches.
    public static func handleFilterKey<Host: CustomersHost>(_ key: KeyChord, _ state: inout Host) -> [Host.AppEffect] {
        switch key {
        case .up, .down, .pageUp, .pageDown:
            // Arrows move through the matches while typing.
            return state.runMovement(key)
        default:
            guard state.customers.editFilter(with: key) || key == .enter else { return [] }
        }
        var effects = detailRequests(&state)
        effects += selectionChanged(&state)
        return effects
    }

    /// `:customer NAME`: filters the customers by NAME and selects the first match.
    public static func selectCustomer<Host: CustomersHost>(named name: String, _ state: inout Host) -> [Host.AppEffect] {
        guard !name.isEmpty else {
            state.status = .warning(":customer needs a name, e.g. :customer contoso")
            return []
        }
        let left = state.showCustomersScreen()
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
    public static func detailRequests<Host: CustomersHost>(_ state: inout Host) -> [Host.AppEffect] {
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
        return [Host.customersEffect(.loadCustomerDetails(wanted))]
    }

    /// When the selected customer changes, its subscriptions are loaded.
    public static func selectionChanged<Host: CustomersHost>(_ state: inout Host) -> [Host.AppEffect] {
        guard let id = state.selectedCustomer?.id else {
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
        return [Host.customersEffect(.loadSubscriptions(id))]
    }
}

// MARK: - Answers

extension CustomersReducer {
    /// The customer list's answers.
    public static func reduce<Host: CustomersHost>(_ action: CustomersAction, _ state: inout Host) -> [Host.AppEffect] {
        switch action {
        case .customersPageLoaded(let customers, let loaded, let total, let isComplete):
            let hadSelection = state.selectedCustomer != nil
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
            if state.selectedCustomer?.id == id { state.status = .error(message) }
            return []
        }
    }
}
