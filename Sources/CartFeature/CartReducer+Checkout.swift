import Vocabulary
import ReservationsCore
import OrdersFeature
import TerminalUI
import ScreenKit

// MARK: - Checkout

extension CartReducer {
    /// `b` in the cart: local checks at once, then the remote preflight; the summary comes only when all pass.
    public static func startCheckout<Host: CartHost>(_ state: inout Host) -> [Host.AppEffect] {
        guard let draft = state.cart.draft, !draft.lines.isEmpty else {
            state.status = .warning("The cart is empty: open a catalog (c) and press a on a SKU to add one")
            return []
        }
        var flow = CheckoutFlow(draft: draft)
        flow.localProblems = localProblems(draft, state)
        state.checkoutFlow = flow
        state.status = .info("Checking the cart before checkout…")
        return [Host.cartEffect(.preflight(draft))]
    }

    /// What can be known without the service: quantities against SKU limits, the market, the registration
    /// status already on screen.
    public static func localProblems<Host: CartHost>(_ draft: CartDraft, _ state: Host) -> [String] {
        var problems: [String] = []
        if let reason = ReservationMarkets.unavailableReason(countryCode: draft.country) {
            problems.append("\(draft.customerName): \(reason)")
        }
        let listed = state.listedSubscriptions(of: draft.customerID)
        for line in draft.lines {
            if let subscription = listed.first(where: { $0.id == line.subscriptionID }), !subscription.isActive {
                problems.append("Line \(line.id) \(line.skuName): subscription \"\(subscription.displayName)\" is \(subscription.statusText), not active")
            }
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

    public static func handleCheckoutKey<Host: CartHost>(_ key: KeyChord, flow: CheckoutFlow, _ state: inout Host) -> [Host.AppEffect] {
        var flow = flow
        switch flow.stage {
        case .checking, .sending:
            // Nothing to choose while waiting; the outcome arrives as an action. Closing mid-checkout would hide
            // the result, so only the preflight can be abandoned.
            if key == .escape, flow.stage == .checking {
                state.checkoutFlow = nil
                state.status = .info("Checkout cancelled; the cart is unchanged")
            }
            return []
        case .problems:
            if key == .escape || key == .enter || key == .char("q") {
                state.checkoutFlow = nil
                state.status = .warning("Fix the problems listed, then press b again; the cart is unchanged")
            }
            return []
        case .confirming, .confirmingDuplicate:
            return handleConfirmationKey(key, flow: &flow, &state)
        case .failed, .refused:
            switch key {
            case .escape:
                state.checkoutFlow = nil
                if case .refused = flow.stage {
                    state.status = .warning("Nothing was sent; the cart is kept. Press b to try again")
                } else {
                    state.status = .warning("Checkout not confirmed; the cart is kept. Press b to try again (it is safe)")
                }
            case .tab, .backTab, .left, .right:
                flow.focusedButton = 1 - flow.focusedButton
                state.checkoutFlow = flow
            case .enter where flow.focusedButton == 1, .char("r"):
                flow.stage = .sending
                state.checkoutFlow = flow
                state.status = .info("Checking out again with the same request ID…")
                return [Host.cartEffect(.checkout(flow.draft, allowingDuplicate: flow.isDuplicateConfirmed))]
            case .enter:
                state.checkoutFlow = nil
            default:
                break
            }
            return []
        case .finished(let report):
            switch key {
            case .enter where !report.orders.isEmpty, .char("o") where !report.orders.isEmpty:
                state.checkoutFlow = nil
                // The placed orders take the emptied cart's place: Esc from them does not lead back to it.
                state.dropCartScreenIfShown()
                return OrdersReducer.openOrders(customerID: flow.draft.customerID, name: flow.draft.customerName,
                                  justPlaced: Set(report.orders.map(\.orderID)), &state)
            case .escape, .enter:
                state.checkoutFlow = nil
            default:
                break
            }
            return []
        }
    }

    /// Typing goes to the confirmation word; Tab or arrows move between Cancel and Buy; Enter presses the focused one.
    public static func handleConfirmationKey<Host: CartHost>(_ key: KeyChord, flow: inout CheckoutFlow, _ state: inout Host) -> [Host.AppEffect] {
        switch key {
        case .escape:
            state.checkoutFlow = nil
            state.status = .info("Checkout cancelled; nothing was bought")
            return []
        case .tab, .backTab, .left, .right:
            flow.focusedButton = 1 - flow.focusedButton
        case .enter:
            if flow.isMistypedInCase {
                // "buy" is not BUY, but it is plainly not a wish to cancel either: say what is needed.
                state.status = .warning("Type \(flow.requiredWord) in capitals to confirm; Esc cancels")
                state.checkoutFlow = flow
                return []
            }
            guard flow.focusedButton == 1 else {
                state.checkoutFlow = nil
                state.status = .info("Checkout cancelled; nothing was bought")
                return []
            }
            guard flow.isConfirmed else {
                state.status = .warning("Type \(flow.requiredWord) to confirm the purchase")
                state.checkoutFlow = flow
                return []
            }
            if flow.stage == .confirming, !flow.duplicates.isEmpty {
                // The same item was bought for this customer lately: a second, different word, so a habit of
                // typing BUY cannot buy it twice.
                flow.stage = .confirmingDuplicate
                flow.confirmation = TextField()
                flow.focusedButton = 0
                state.checkoutFlow = flow
                state.status = .warning("Possible duplicate: type \(CheckoutFlow.duplicateConfirmationWord) to buy it again, Esc cancels")
                return []
            }
            flow.isDuplicateConfirmed = flow.stage == .confirmingDuplicate
            flow.stage = .sending
            state.checkoutFlow = flow
            state.status = .info("Checking out…")
            return [Host.cartEffect(.checkout(flow.draft, allowingDuplicate: flow.isDuplicateConfirmed))]
        default:
            _ = flow.confirmation.handle(key)
            // Once the word is right, Buy takes the focus, so Enter buys; until then Cancel stays the default.
            flow.focusedButton = flow.isConfirmed ? 1 : 0
        }
        state.checkoutFlow = flow
        return []
    }

    public static func reducePreflightFinished<Host: CartHost>(_ remote: [String], _ state: inout Host) -> [Host.AppEffect] {
        guard var flow = state.checkoutFlow, flow.stage == .checking else { return [] }
        let problems = flow.localProblems + remote
        if problems.isEmpty {
            flow.stage = .confirming
            state.status = flow.duplicates.isEmpty
                ? .info("Type \(CheckoutFlow.confirmationWord) and press Enter to buy, or Esc to cancel")
                : .warning("Bought for this customer within 24 hours: type \(CheckoutFlow.confirmationWord), then \(CheckoutFlow.duplicateConfirmationWord), to buy again")
        } else {
            flow.stage = .problems(problems)
            state.status = .warning("\(Plural.count(problems.count, "problem")) must be fixed before checkout")
        }
        state.checkoutFlow = flow
        return []
    }

    public static func reduceCheckoutFinished<Host: CartHost>(_ report: CheckoutReport, _ state: inout Host) -> [Host.AppEffect] {
        var effects: [Host.AppEffect] = []
        let isRecovered = state.checkoutFlow.map { $0.draft.recoveredIntentID != nil } ?? false
        // A recovered purchase is not the cart being built: the cart stays as it is.
        if !isRecovered, var draft = state.cart.draft {
            draft.lines.removeAll { report.boughtLineIDs.contains($0.id) }
            // Settled: what was not bought now is a new purchase the next time (see `CartDraft.settledAttempts`).
            if !draft.lines.isEmpty { draft.settledAttempts += 1 }
            for index in draft.lines.indices { draft.lines[index].problem = report.lineProblems[draft.lines[index].id] }
            state.cart.draft = draft.lines.isEmpty ? nil : draft
            state.cart.table.clamp(count: draft.lines.count)
            effects.append(Host.cartEffect(.saveCartDraft(state.cart.draft)))
        }
        if var flow = state.checkoutFlow {
            flow.stage = .finished(report)
            flow.focusedButton = 1
            state.checkoutFlow = flow
        }
        if !report.lineProblems.isEmpty {
            state.status = .error("The service refused \(Plural.count(report.lineProblems.count, "line")); nothing was bought. See the cart")
        } else if report.failures.isEmpty {
            state.status = .success("Bought: \(Plural.count(report.orders.count, "order")) placed")
        } else {
            state.status = .warning("\(Plural.count(report.orders.count, "order")) placed, \(Plural.count(report.failures.count, "order group")) failed")
        }
        return effects
    }

    /// The dialog about confirmed checkouts an earlier run left unsettled. Later (the default) and Esc leave them
    /// in the journal; Check reads the carts and orders and shows what it found, sending nothing; once looked
    /// into, Continue takes a purchase whose cart is active or ordered into the checkout summary, where only a
    /// typed BUY sends it. In read-only mode there is no Continue.
    public static func handleUnfinishedKey<Host: CartHost>(_ key: KeyChord, found: [UnfinishedPurchase], focused: Int, _ state: inout Host)
        -> [Host.AppEffect]
    {
        let inspected = found.contains { $0.finding != nil }
        let canContinue = inspected && !state.environment.isReadOnly && found.contains { $0.continuation != nil }
        let buttonCount = inspected ? (canContinue ? 2 : 1) : 2
        // Esc, q and Enter on the default button (Later, or Close once looked into) leave everything as it is.
        if key == .escape || key == .char("q") || (key == .enter && focused == 0) {
            state.unfinishedPrompt = nil
            let kept = "\(found.count == 1 ? "1 unsettled checkout" : "\(found.count) unsettled checkouts") kept in the journal (pcres purchases list)"
            state.status = .warning("Nothing was sent; " + kept)
            // Still said when the customer list finishes loading after the dialog was closed.
            state.keepStartupNotice(kept)
            return []
        }
        switch key {
        case .tab, .backTab, .left, .right:
            state.unfinishedPrompt = (found, focusedButton: buttonCount == 1 ? 0 : 1 - focused)
        case .enter where !inspected, .char("c") where !inspected:
            state.unfinishedPrompt = (found, focusedButton: 0)
            state.status = .info("Looking into \(found.count == 1 ? "the earlier checkout" : "\(found.count) earlier checkouts") (reading only)…")
            return [Host.cartEffect(.inspectPurchases(found))]
        case .enter where canContinue:
            guard var draft = found.first(where: { $0.continuation != nil })?.continuation else { return [] }
            draft.customerName = customerName(draft.customerID, state)
            draft.country = state.customerCountry(draft.customerID) ?? ""
            let listed = state.listedSubscriptions(of: draft.customerID)
            for index in draft.lines.indices {
                let id = draft.lines[index].subscriptionID
                if let known = listed.first(where: { $0.id == id }) { draft.lines[index].subscriptionName = known.displayName }
            }
            // The restored cart draft is the same purchase when its key matches: continue with it as it is shown.
            if let current = state.cart.draft, current.purchaseIntent(profile: state.environment.profileName).id == draft.recoveredIntentID {
                draft = current
            }
            var flow = CheckoutFlow(draft: draft)
            flow.localProblems = localProblems(draft, state)
            state.checkoutFlow = flow
            state.status = .info("Checking the earlier purchase before its summary; only a typed BUY sends it…")
            return [Host.cartEffect(.preflight(draft))]
        default:
            break
        }
        return []
    }

    /// Shows what looking into the unfinished checkouts found.
    public static func reducePurchasesInspected<Host: CartHost>(_ rows: [UnfinishedPurchase], _ state: inout Host) -> [Host.AppEffect] {
        guard state.unfinishedPrompt != nil else { return [] }
        state.unfinishedPrompt = (rows, focusedButton: 0)
        let open = rows.filter { $0.continuation != nil }.count
        state.status = open == 0
            ? .info("Looked into \(rows.count == 1 ? "the earlier checkout" : "\(rows.count) earlier checkouts"); nothing was sent")
            : .warning(state.environment.isReadOnly
                ? "Nothing was sent; read-only: a purchase can only be continued without --read-only"
                : "Nothing was sent; Continue opens the summary, where only a typed BUY buys")
        return []
    }

    public static func customerName<Host: CartHost>(_ id: CustomerID, _ state: Host) -> String {
        state.customerName(id) ?? id.rawValue
    }

    /// The journal found the same item bought for the customer while recording the checkout (another operator,
    /// after the summary was shown): nothing was sent, and the summary asks for the second word, naming it.
    public static func reduceCheckoutRefusedAsDuplicate<Host: CartHost>(_ duplicates: [String], _ state: inout Host) -> [Host.AppEffect] {
        guard var flow = state.checkoutFlow, flow.stage == .sending else { return [] }
        flow.duplicates = duplicates
        flow.stage = .confirmingDuplicate
        flow.confirmation = TextField()
        flow.focusedButton = 0
        state.checkoutFlow = flow
        state.status = .warning(
            "Nothing was sent: the same item was just bought for this customer. Type \(CheckoutFlow.duplicateConfirmationWord) to buy it again, Esc cancels")
        return []
    }

    public static func reduceCheckoutFailed<Host: CartHost>(_ message: String, nothingSent: Bool, _ state: inout Host) -> [Host.AppEffect] {
        if var flow = state.checkoutFlow {
            flow.stage = nothingSent ? .refused(message) : .failed(message)
            flow.focusedButton = 0
            state.checkoutFlow = flow
        }
        if nothingSent {
            let reason = message.hasPrefix("Nothing was sent") ? message : "Nothing was sent: \(message)"
            state.status = .error("\(reason) The cart is kept")
        } else {
            state.status = .error("Checkout outcome unknown: \(message). The cart is kept; retrying is safe")
        }
        return []
    }
}
