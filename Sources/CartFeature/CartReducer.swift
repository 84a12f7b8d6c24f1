import Vocabulary
import ReservationsCore
import TerminalUI
import ScreenKit

/// The cart's reducer: its lines, the line form, checkout and the unsettled checkouts, and what the draft store,
/// preflight, checkout and the journal answer. Over any ``CartHost``; nothing is bought but from a typed BUY.
public enum CartReducer {
    /// The customer's active subscriptions of `kind`, when its subscription list is on screen; otherwise only
    /// `fallback` (what the line or catalog already uses), since nothing else is known to fit.
    public static func eligibleSubscriptions<Host: CartHost>(kind: SubscriptionKind, customerID: CustomerID, fallback: SubscriptionRow?,
                                      _ state: Host) -> [SubscriptionRow]
    {
        guard state.hasLoadedSubscriptions(of: customerID) else {
            return fallback.map { [$0] } ?? []
        }
        return state.listedSubscriptions(of: customerID).filter { $0.kind == kind && $0.isActive }
    }

    public static func handleCartFormKey<Host: CartHost>(_ key: KeyChord, form: CartLineForm, _ state: inout Host) -> [Host.AppEffect] {
        var form = form
        switch form.handle(key) {
        case .cancelled:
            state.cartForm = nil
            state.status = .info(form.isEditing ? "Line unchanged" : "Nothing added")
            return []
        case .editing:
            if key == .enter, let problem = form.problems.first { state.status = .warning(problem) }
            state.cartForm = form
            return []
        case .submitted(let line):
            state.cartForm = nil
            return store(line, isEditing: form.isEditing, buyer: form.buyer, &state)
        }
    }

    /// Why lines for `customerID` cannot go into the cart now (it holds another customer's lines), or nil.
    public static func cartRefusal<Host: CartHost>(for customerID: CustomerID, _ state: Host) -> String? {
        guard let draft = state.cart.draft, !draft.lines.isEmpty, draft.customerID != customerID else { return nil }
        return "The cart holds \(Plural.count(draft.lines.count, "line")) for \(draft.customerName); check out or empty it (C opens it) first"
    }

    /// The draft lines are added to: the cart's, or a new one for `buyer` (with a token of its own).
    public static func draftToAdd<Host: CartHost>(for buyer: CartBuyer, _ state: inout Host) -> CartDraft {
        if let draft = state.cart.draft { return draft }
        state.cart.draftsStarted += 1
        return CartDraft(token: "\(state.environment.sessionID)-\(state.cart.draftsStarted)", customerID: buyer.customerID,
                         customerName: buyer.customerName, country: buyer.country)
    }

    /// Appends `lines` to the draft (or a new one for `buyer`) and selects the first of them; nil, and nothing
    /// changed, while the cart holds another customer's lines. The caller saves the draft it returns.
    public static func addToCart<Host: CartHost>(_ lines: [CartDraftLine], for buyer: CartBuyer, _ state: inout Host) -> CartDraft? {
        guard cartRefusal(for: buyer.customerID, state) == nil else { return nil }
        var draft = draftToAdd(for: buyer, &state)
        for var line in lines {
            line.id = draft.nextLineID
            draft.lines.append(line)
        }
        state.cart.draft = draft
        state.cart.table.select(draft.lines.count - lines.count, count: draft.lines.count)
        return draft
    }

    /// Adds or replaces a line in the draft (or in a new one for `buyer`) and saves it.
    public static func store<Host: CartHost>(_ line: CartDraftLine, isEditing: Bool, buyer: CartBuyer?, _ state: inout Host) -> [Host.AppEffect] {
        guard let buyer = buyer ?? state.cart.draft.map(CartBuyer.init(draft:)) else { return [] }
        var draft = draftToAdd(for: buyer, &state)
        if isEditing, let index = draft.lines.firstIndex(where: { $0.id == line.id }) {
            draft.lines[index] = line
            state.status = .success("Line \(line.id) updated: \(line.quantity) × \(line.skuName)")
        } else {
            var line = line
            line.id = draft.nextLineID
            draft.lines.append(line)
            state.status = .success(
                "Added \(line.quantity) × \(line.skuName) to the cart (\(Plural.count(draft.lines.count, "line"))); C opens the cart")
        }
        state.cart.draft = draft
        state.cart.table.clamp(count: draft.lines.count)
        return [Host.cartEffect(.saveCartDraft(draft))]
    }

    public static func openCart<Host: CartHost>(_ state: inout Host) -> [Host.AppEffect] {
        let effects = state.showCartScreen()
        state.startupNotice = nil
        state.cart.table.clamp(count: state.cart.lines.count)
        if state.cart.lines.isEmpty { state.status = .info("The cart is empty: open a catalog (c) and press a on a SKU") }
        return effects
    }

    public static func editSelectedCartLine<Host: CartHost>(_ state: inout Host) -> [Host.AppEffect] {
        guard let line = state.cart.selectedLine, let draft = state.cart.draft else { return [] }
        // The line keeps its catalog item; term choices are the one it has (another term is another SKU).
        let term = CartLineForm.TermChoice(termDuration: line.termDuration, description: nil, catalogItemID: line.catalogItemID)
        let listed = state.listedSubscriptions(of: draft.customerID)
        let current = listed.first { $0.id == line.subscriptionID }
        // The catalog item fits one kind of subscription; a draft saved before the kind was kept takes it from the
        // line's subscription. When neither tells, only the line's own subscription is offered.
        let kind = line.subscriptionKind ?? current.flatMap { $0.kind == .other ? nil : $0.kind }
        // Not listed: its status is unknown here and left to preflight (a known inactive one is not offered).
        let unlisted = SubscriptionRow.unlisted(id: line.subscriptionID, name: line.subscriptionName)
        let subscriptions = kind.map {
            eligibleSubscriptions(kind: $0, customerID: draft.customerID, fallback: unlisted, state)
        } ?? [unlisted]
        state.cartForm = CartLineForm(template: line, isEditing: true, terms: [term], subscriptions: subscriptions)
        return []
    }

    public static func removeSelectedCartLine<Host: CartHost>(_ state: inout Host) -> [Host.AppEffect] {
        guard var draft = state.cart.draft, let line = state.cart.selectedLine else { return [] }
        draft.lines.removeAll { $0.id == line.id }
        state.cart.lastRemoved = line
        state.cart.draft = draft
        state.cart.table.clamp(count: draft.lines.count)
        state.status = .info("Removed line \(line.id) (\(line.skuName)); u puts it back")
        return [Host.cartEffect(.saveCartDraft(draft))]
    }

    public static func undoCartRemoval<Host: CartHost>(_ state: inout Host) -> [Host.AppEffect] {
        guard let line = state.cart.lastRemoved, var draft = state.cart.draft else {
            state.status = .info("Nothing to put back")
            return []
        }
        draft.lines.append(line)
        draft.lines.sort { $0.id < $1.id }
        state.cart.draft = draft
        state.cart.lastRemoved = nil
        state.status = .success("Line \(line.id) is back")
        return [Host.cartEffect(.saveCartDraft(draft))]
    }

    /// The restored draft at start, or why it could not be read.
    public static func reduceCartDraftRestored<Host: CartHost>(_ loaded: CartDraftStore.Loaded, _ state: inout Host) -> [Host.AppEffect] {
        switch loaded {
        case .none:
            return []
        case .draft(let draft):
            guard !draft.lines.isEmpty else { return [] }
            state.cart.draft = draft
            let notice = "Restored the cart for \(draft.customerName): \(Plural.count(draft.lines.count, "line")); C opens it"
            state.keepStartupNotice(notice)
            state.status = .info(notice)
        case .movedAside(let path, let reason):
            state.status = .error("The saved cart could not be read (\(reason)); it was moved to \(path)")
        }
        return []
    }
}

// MARK: - Answers

extension CartReducer {
    /// The cart draft on disk, preflight, checkout and the purchase journal.
    public static func reduce<Host: CartHost>(_ action: CartAction, _ state: inout Host) -> [Host.AppEffect] {
        switch action {
        case .cartDraftRestored(let loaded):
            return reduceCartDraftRestored(loaded, &state)

        case .cartDraftSaveFailed(let message):
            state.status = .error("The cart could not be saved to disk (\(message)); it is kept while pcres runs")
            return []

        case .preflightFinished(let problems):
            return reducePreflightFinished(problems, &state)

        case .checkoutFinished(let report):
            return reduceCheckoutFinished(report, &state)

        case .checkoutFailed(let message, let nothingSent):
            return reduceCheckoutFailed(message, nothingSent: nothingSent, &state)

        case .checkoutRefusedAsDuplicate(let duplicates):
            return reduceCheckoutRefusedAsDuplicate(duplicates, &state)

        case .unfinishedPurchasesFound(let found):
            // Shown over whatever is on screen: an unsettled purchase matters more than browsing. Later is the
            // default: nothing happens to a purchase unless the operator asks, and even Check only reads.
            guard !state.hasOverlay else { return [] }
            state.unfinishedPrompt = (found, focusedButton: 0)
            state.status = .warning("\(found.count == 1 ? "1 confirmed checkout" : "\(found.count) confirmed checkouts") from an earlier run did not settle")
            return []

        case .journalNotes(let notes):
            let text = notes.joined(separator: " · ")
            state.keepStartupNotice(text)
            if !state.hasOverlay { state.status = .warning(text) }
            return []

        case .purchasesInspected(let rows):
            return reducePurchasesInspected(rows, &state)

        case .duplicateWarnings(let warnings):
            guard var flow = state.checkoutFlow, flow.stage == .checking else { return [] }
            flow.duplicates = warnings
            state.checkoutFlow = flow
            return []
        }
    }
}
