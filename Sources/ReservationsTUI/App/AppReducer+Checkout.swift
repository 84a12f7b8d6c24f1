import PartnerCenter
import ReservationsCore
import TerminalUI

// MARK: - Checkout

extension AppReducer {
    /// `b` in the cart: local checks at once, then the remote preflight; the summary comes only when all pass.
    static func startCheckout(_ state: inout AppState) -> [Effect] {
        guard let draft = state.cart.draft, !draft.lines.isEmpty else {
            state.status = .warning("The cart is empty: open a catalog (c) and press a on a SKU to add one")
            return []
        }
        var flow = CheckoutFlow(draft: draft)
        flow.localProblems = localProblems(draft, state)
        state.overlay = .checkout(flow)
        state.status = .info("Checking the cart before checkout…")
        return [.preflight(draft)]
    }

    /// What can be known without the service: quantities against SKU limits, the market, the registration
    /// status already on screen.
    static func localProblems(_ draft: CartDraft, _ state: AppState) -> [String] {
        var problems: [String] = []
        if let reason = ReservationMarkets.unavailableReason(countryCode: draft.country) {
            problems.append("\(draft.customerName): \(reason)")
        }
        for line in draft.lines {
            let minimum = max(1, line.minimumQuantity ?? 1)
            if line.quantity < minimum {
                problems.append("Line \(line.id) \(line.skuName): quantity \(line.quantity) is below the minimum of \(minimum)")
            }
            if let maximum = line.maximumQuantity, line.quantity > maximum {
                problems.append("Line \(line.id) \(line.skuName): quantity \(line.quantity) is above the maximum of \(maximum)")
            }
        }
        return problems
    }

    static func handleCheckoutKey(_ key: KeyChord, flow: CheckoutFlow, _ state: inout AppState) -> [Effect] {
        var flow = flow
        switch flow.stage {
        case .checking, .sending:
            // Nothing to choose while waiting; the outcome arrives as an action. Closing mid-checkout would hide
            // the result, so only the preflight can be abandoned.
            if key == .escape, flow.stage == .checking {
                state.overlay = nil
                state.status = .info("Checkout cancelled; the cart is unchanged")
            }
            return []
        case .problems:
            if key == .escape || key == .enter || key == .char("q") {
                state.overlay = nil
                state.status = .warning("Fix the problems listed, then press b again; the cart is unchanged")
            }
            return []
        case .confirming:
            return handleConfirmationKey(key, flow: &flow, &state)
        case .failed:
            switch key {
            case .escape:
                state.overlay = nil
                state.status = .warning("Checkout not confirmed; the cart is kept. Press b to try again (it is safe)")
            case .tab, .backTab, .left, .right:
                flow.focusedButton = 1 - flow.focusedButton
                state.overlay = .checkout(flow)
            case .enter where flow.focusedButton == 1, .char("r"):
                flow.stage = .sending
                state.overlay = .checkout(flow)
                state.status = .info("Checking out again with the same request ID…")
                return [.checkout(flow.draft)]
            case .enter:
                state.overlay = nil
            default:
                break
            }
            return []
        case .finished(let report):
            switch key {
            case .enter where !report.orders.isEmpty, .char("o") where !report.orders.isEmpty:
                state.overlay = nil
                return openOrders(customerID: flow.draft.customerID, name: flow.draft.customerName,
                                  justPlaced: Set(report.orders.map(\.orderID)), &state)
            case .escape, .enter:
                state.overlay = nil
            default:
                break
            }
            return []
        }
    }

    /// Typing goes to the confirmation word; Tab or arrows move between Cancel and Buy; Enter presses the focused one.
    static func handleConfirmationKey(_ key: KeyChord, flow: inout CheckoutFlow, _ state: inout AppState) -> [Effect] {
        switch key {
        case .escape:
            state.overlay = nil
            state.status = .info("Checkout cancelled; nothing was bought")
            return []
        case .tab, .backTab, .left, .right:
            flow.focusedButton = 1 - flow.focusedButton
        case .enter:
            guard flow.focusedButton == 1 else {
                state.overlay = nil
                state.status = .info("Checkout cancelled; nothing was bought")
                return []
            }
            guard flow.isConfirmed else {
                state.status = .warning("Type \(CheckoutFlow.confirmationWord) to confirm the purchase")
                state.overlay = .checkout(flow)
                return []
            }
            flow.stage = .sending
            state.overlay = .checkout(flow)
            state.status = .info("Checking out…")
            return [.checkout(flow.draft)]
        default:
            _ = flow.confirmation.handle(key)
            // Once the word is right, Buy takes the focus, so Enter buys; until then Cancel stays the default.
            flow.focusedButton = flow.isConfirmed ? 1 : 0
        }
        state.overlay = .checkout(flow)
        return []
    }

    static func reducePreflightFinished(_ remote: [String], _ state: inout AppState) -> [Effect] {
        guard case .checkout(var flow)? = state.overlay, flow.stage == .checking else { return [] }
        let problems = flow.localProblems + remote
        if problems.isEmpty {
            flow.stage = .confirming
            state.status = .info("Type \(CheckoutFlow.confirmationWord) and press Enter to buy, or Esc to cancel")
        } else {
            flow.stage = .problems(problems)
            state.status = .warning("\(problems.count) problem(s) must be fixed before checkout")
        }
        state.overlay = .checkout(flow)
        return []
    }

    static func reduceCheckoutFinished(_ report: CheckoutReport, _ state: inout AppState) -> [Effect] {
        var effects: [Effect] = []
        if var draft = state.cart.draft {
            draft.lines.removeAll { report.boughtLineIDs.contains($0.id) }
            // Settled: what was not bought now is a new purchase the next time (see `CartDraft.settledAttempts`).
            if !draft.lines.isEmpty { draft.settledAttempts += 1 }
            for index in draft.lines.indices { draft.lines[index].problem = report.lineProblems[draft.lines[index].id] }
            state.cart.draft = draft.lines.isEmpty ? nil : draft
            state.cart.table.clamp(count: draft.lines.count)
            effects.append(.saveCartDraft(state.cart.draft))
        }
        if case .checkout(var flow)? = state.overlay {
            flow.stage = .finished(report)
            flow.focusedButton = 1
            state.overlay = .checkout(flow)
        }
        if !report.lineProblems.isEmpty {
            state.status = .error("The service refused \(report.lineProblems.count) line(s); nothing was bought. See the cart")
        } else if report.failures.isEmpty {
            state.status = .success("Bought: \(report.orders.count) order(s) placed")
        } else {
            state.status = .warning("\(report.orders.count) order(s) placed, \(report.failures.count) order group(s) failed")
        }
        return effects
    }

    /// The dialog about checkouts an earlier run left unsettled: Resolve settles them (safe: the journal and the
    /// service's idempotency keep it from buying twice); Later leaves them in the journal for the next start.
    static func handleUnfinishedKey(_ key: KeyChord, found: [UnfinishedPurchase], focused: Int, _ state: inout AppState)
        -> [Effect]
    {
        switch key {
        case .tab, .backTab, .left, .right:
            state.overlay = .unfinished(found, focusedButton: 1 - focused)
        case .escape:
            state.overlay = nil
            state.status = .warning("Unfinished checkouts stay in the journal; they are offered again at the next start")
        case .enter where focused == 0:
            state.overlay = nil
            state.status = .warning("Unfinished checkouts stay in the journal; they are offered again at the next start")
        case .enter, .char("r"):
            let draft = state.cart.draft
            var flow = CheckoutFlow(draft: draft ?? CartDraft(
                token: "", customerID: found[0].customerID, customerName: customerName(found[0].customerID, state), country: ""))
            flow.stage = .sending
            state.overlay = .checkout(flow)
            state.status = .info("Settling \(found.count) earlier checkout(s)…")
            return [.resolvePurchases(found.map(\.intentID), draft: draft)]
        default:
            break
        }
        return []
    }

    static func customerName(_ id: CustomerID, _ state: AppState) -> String {
        state.customers.rows.first { $0.id == id }?.customer.name ?? id.rawValue
    }

    static func reducePurchaseResolved(_ report: CheckoutReport, _ state: inout AppState) -> [Effect] {
        var report = report
        report.wasAlreadyPlaced = report.wasAlreadyPlaced || !report.orders.isEmpty
        return reduceCheckoutFinished(report, &state)
    }

    static func reduceCheckoutFailed(_ message: String, _ state: inout AppState) -> [Effect] {
        if case .checkout(var flow)? = state.overlay {
            flow.stage = .failed(message)
            flow.focusedButton = 0
            state.overlay = .checkout(flow)
        }
        state.status = .error("Checkout outcome unknown: \(message). The cart is kept; retrying is safe")
        return []
    }
}
