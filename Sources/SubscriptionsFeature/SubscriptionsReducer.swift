import Vocabulary
import ReservationsCore
import TerminalUI
import ScreenKit

/// The subscriptions list's reducer: what its load answers, and registering subscriptions for reservations (with
/// the answers of registrations still polling for customers selected before). Over any ``SubscriptionsHost``.
public enum SubscriptionsReducer {
    /// The Azure subscriptions whose registration the Reg. column shows.
    /// - Parameter keepingPlans: true when the subscriptions were kept from before: only plans whose Azure
    ///   subscriptions were never read are asked again.
    public static func registrationRequests<Host: SubscriptionsHost>(_ state: inout Host, keepingPlans: Bool = false) -> [Host.AppEffect] {
        guard let customerID = state.subscriptions.customerID else { return [] }
        let ids = state.subscriptions.items.filter { $0.kind != .other && state.subscriptions.registration[$0.id] == nil }.map(\.id)
        let plans = state.subscriptions.items.filter {
            $0.kind == .azurePlan && !(keepingPlans && state.subscriptions.azureEntitlements[$0.id] != nil)
        }.map(\.id)
        var effects: [Host.AppEffect] = plans.isEmpty ? [] : [Host.subscriptionsEffect(.loadAzureEntitlements(customerID, plans))]
        guard !ids.isEmpty else { return effects }
        for id in ids { state.subscriptions.registration[id] = .checking }
        effects.append(Host.subscriptionsEffect(.loadRegistrationStatuses(customerID, ids)))
        return effects
    }

    /// `R` on a subscription: register it for reservations and follow it until registered.
    public static func registerSelectedSubscription<Host: SubscriptionsHost>(_ state: inout Host) -> [Host.AppEffect] {
        guard let customerID = state.subscriptions.customerID, let subscription = state.subscriptions.selected else { return [] }
        // The key is refused first (Keymap); checked again so no other path registers what cannot buy.
        if let reason = SubscriptionsBindings.registrationUnavailableReason(state) {
            state.status = .warning(reason)
            return []
        }
        if state.subscriptions.registration[subscription.id]?.isRegistered == true {
            state.status = .info("\(subscription.displayName) is already registered for reservations")
            return []
        }
        state.subscriptions.registration[subscription.id] = .registering(.registering)
        state.status = .info("Registering \(subscription.displayName) for reservations… (this can take minutes; keep working)")
        return [Host.subscriptionsEffect(.registerSubscription(customerID, subscription.id))]
    }

    public static func reduceRegistration<Host: SubscriptionsHost>(_ action: SubscriptionsAction, _ state: inout Host) -> [Host.AppEffect] {
        // The answer may be for a customer selected before (a registration keeps polling while the operator
        // moves on): it updates that customer's kept subscriptions too.
        for (customer, var seen) in state.subscriptionsSeen where customer != state.subscriptions.customerID {
            if applyRegistration(action, to: &seen.registration) { state.subscriptionsSeen[customer] = seen }
        }
        applyRegistration(action, to: &state.subscriptions.registration)
        let items = state.subscriptions.items + state.subscriptionsSeen.values.flatMap(\.items)
        let name = { (id: SubscriptionID) in items.first { $0.id == id }?.displayName ?? id.rawValue }
        switch action {
        case .registrationFinished(let id):
            state.status = .success("\(name(id)) is registered for reservations")
        case .registrationFailed(let id, let message):
            state.status = .error("Registering \(name(id)) failed: \(message)")
        default:
            break
        }
        return []
    }

    /// Applies a registration answer to the subscriptions it is about; true when one was there.
    @discardableResult
    private static func applyRegistration(_ action: SubscriptionsAction, to registration: inout [SubscriptionID: RegistrationState]) -> Bool {
        switch action {
        case .registrationStatusLoaded(let id, let status):
            guard let current = registration[id] else { return false }
            if case .registering = current, status != .registered {
                registration[id] = .registering(status)
            } else {
                registration[id] = .known(status)
            }
        case .registrationStatusFailed(let id, let message), .registrationFailed(let id, let message):
            guard registration[id] != nil else { return false }
            registration[id] = .failed(message)
        case .registrationFinished(let id):
            guard registration[id] != nil else { return false }
            registration[id] = .known(.registered)
        default:
            return false
        }
        return true
    }
}

// MARK: - Answers

extension SubscriptionsReducer {
    /// A customer's subscriptions and their registration.
    public static func reduce<Host: SubscriptionsHost>(_ action: SubscriptionsAction, _ state: inout Host) -> [Host.AppEffect] {
        switch action {
        case .subscriptionsLoaded(let id, let items):
            guard state.subscriptions.customerID == id else { return [] }
            state.subscriptions.items = items
            state.subscriptions.load = .loaded
            state.subscriptions.table.clamp(count: items.count)
            return registrationRequests(&state)

        case .subscriptionsFailed(let id, let message):
            guard state.subscriptions.customerID == id else { return [] }
            state.subscriptions.load = .failed(message)
            state.status = .error(message)
            return []

        case .azureEntitlementsLoaded(let id, let items):
            state.subscriptions.azureEntitlements[id] = items
            for (customer, seen) in state.subscriptionsSeen where seen.items.contains(where: { $0.id == id }) {
                state.subscriptionsSeen[customer]?.azureEntitlements[id] = items
            }
            return []

        case .registrationStatusLoaded, .registrationStatusFailed, .registrationFinished, .registrationFailed:
            return reduceRegistration(action, &state)
        }
    }
}
