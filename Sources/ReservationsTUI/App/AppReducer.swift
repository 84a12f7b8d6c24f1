import Vocabulary
import ReservationsCore
import TerminalUI
import Foundation

/// Applies actions to the state and returns the I/O to run next. Pure: no clock, no network, no curses.
public enum AppReducer {
    public static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .started:
            state.customers.load = .loading(loaded: 0, total: nil)
            state.status = .info("Loading customers…")
            if !state.environment.startupNotices.isEmpty {
                state.cart.restoredNotice = state.environment.startupNotices.joined(separator: " · ")
            }
            return [.customers(.loadCustomers), .cart(.restoreCartDraft), .cart(.findUnfinishedPurchases)]

        case .resized(let size):
            state.size = size
            clampTables(&state)
            return detailRequests(&state)

        case .keyPressed(let key):
            return handleKey(key, &state)

        case .ledgerChecked(let reason):
            if let reason, state.ledgerOfflineReason == nil { state.status = .error(reason) }
            state.ledgerOfflineReason = reason
            return []

        case .skuNamesLoaded(let names):
            state.skuNames.merge(names) { $1 }
            return []

        // Each screen's answers go to its own part of the reducer, in its pane folder.
        case .customers(let answer):
            return reduceCustomers(answer, &state)

        case .subscriptions(let answer):
            return reduceSubscriptions(answer, &state)

        case .catalog(let answer):
            return reduceCatalog(&state, answer)

        case .cart(let answer):
            return reduceCart(answer, &state)

        case .orders(let answer):
            return reduceOrders(answer, &state)

        case .reservations(let answer):
            return reduceReservations(answer, &state)

        case .billing(let answer):
            return reduceBilling(answer, &state)

        case .expiryBoard(let answer, let generation):
            return reduceExpiryBoard(answer, generation: generation, &state)
        }
    }

    // MARK: - Keys

    static func handleKey(_ key: KeyChord, _ state: inout AppState) -> [Effect] {
        switch state.overlay {
        case .help(let help)?:
            return handleHelpKey(key, help: help, &state)
        case .commandLine(var field)?:
            switch key {
            case .escape:
                state.overlay = nil
                return []
            case .enter:
                state.overlay = nil
                return runCommandLine(field.text, &state)
            default:
                _ = field.handle(key)
                state.overlay = .commandLine(field)
                return []
            }
        case .cartForm(let form)?:
            return handleCartFormKey(key, form: form, &state)
        case .checkout(let flow)?:
            return handleCheckoutKey(key, flow: flow, &state)
        case .unfinished(let found, let focused)?:
            return handleUnfinishedKey(key, found: found, focused: focused, &state)
        case .export(let prompt)?:
            return handleExportKey(key, prompt: prompt, &state)
        case nil:
            break
        }
        if state.focus == .customers, state.customers.isEditingFilter {
            return handleFilterKey(key, &state)
        }
        if state.focus == .catalog, state.catalog?.isEditingFilter == true {
            return handleCatalogFilterKey(key, &state)
        }
        if state.focus == .billing, state.billing?.isEditingFilter == true {
            return handleLineItemFilterKey(key, &state)
        }
        if key == .escape {
            return escape(&state)
        }
        switch Keymap.resolve(key, state: state) {
        case .run(let command):
            return run(command, &state)
        case .perform(let action):
            return action(&state)
        case .refused(let reason):
            state.status = .warning(reason)
            return []
        case .unbound:
            return []
        }
    }

    /// The help screen: j/k and arrows scroll, g/G go to the top and the end, `/` searches, Esc clears the
    /// search, then closes.
    static func handleHelpKey(_ key: KeyChord, help: HelpScreen, _ state: inout AppState) -> [Effect] {
        var help = help
        let lastStart = max(0, HelpOverlay.lines(for: help, ascii: state.environment.isASCII).count - 1)
        if help.isSearching {
            switch key {
            case .escape:
                help.search = TextField()
                help.isSearching = false
            case .enter:
                help.isSearching = false
            default:
                _ = help.search.handle(key)
                help.scroll = 0
            }
            state.overlay = .help(help)
            return []
        }
        switch key {
        case .escape where !help.search.text.isEmpty:
            help.search = TextField()
            help.scroll = 0
        case .escape, .char("q"), .char("?"), .enter:
            state.overlay = nil
            return []
        case .char("/"):
            help.isSearching = true
        case .down, .char("j"):
            help.scroll = min(lastStart, help.scroll + 1)
        case .up, .char("k"):
            help.scroll = max(0, help.scroll - 1)
        case .pageDown, .char(" "):
            help.scroll = min(lastStart, help.scroll + 10)
        case .pageUp:
            help.scroll = max(0, help.scroll - 10)
        case .home, .char("g"):
            help.scroll = 0
        case .end, .char("G"):
            help.scroll = lastStart
        default:
            break
        }
        state.overlay = .help(help)
        return []
    }

    static func runMovement(_ key: KeyChord, _ state: inout AppState) -> [Effect] {
        let command: Command? =
            switch key {
            case .up: .moveUp
            case .down: .moveDown
            case .pageUp: .pageUp
            case .pageDown: .pageDown
            default: nil
            }
        return command.map { run($0, &state) } ?? []
    }

    static func escape(_ state: inout AppState) -> [Effect] {
        if state.focus == .catalog { return catalogEscape(&state) }
        if state.focus == .billing { return billingEscape(&state) }
        if state.focus == .expiry, let effects = expiryBoardEscape(&state) { return effects }
        if state.focus == .orders, let effects = orderInvoiceLinesEscape(&state) { return effects }
        if state.focus.takesBody {
            state.focus = state.customers.selectedCustomer == nil ? .customers : .subscriptions
            return []
        }
        if state.customers.load.isLoading {
            state.customers.load = .cancelled
            state.status = .warning("Stopped loading customers at \(state.customers.rows.count); press r to load again")
            return [.customers(.cancelCustomerLoad)]
        }
        if state.focus == .subscriptions {
            state.focus = .customers
            return []
        }
        if !state.customers.filter.isEmpty {
            state.customers.filter.clear()
            state.customers.applyFilter()
            return detailRequests(&state)
        }
        state.status = .none
        return []
    }

    // MARK: - Commands

    static func run(_ command: Command, _ state: inout AppState) -> [Effect] {
        // What the focused screen does with a shared command (Enter, Esc, Tab, `/`) comes first.
        if let effects = state.focus.screen.run(command, &state) { return effects }
        switch command {
        case .quit:
            state.shouldQuit = true
            return []
        case .showHelp:
            state.overlay = .help(HelpScreen(focus: state.focus))
            return []
        case .openCommandLine:
            state.overlay = .commandLine(TextField())
            return []
        case .startFilter:
            state.focus = .customers
            state.customers.isEditingFilter = true
            return []
        case .openCatalog:
            return openCatalog(&state)
        case .openCart:
            return openCart(&state)
        case .openOrders:
            return openOrdersForSelection(&state)
        case .openReservations:
            return openReservationsForSelection(&state)
        case .openBilling:
            return openBilling(&state)
        case .openExpiryBoard:
            return openExpiryBoard(&state)
        case .goBack where state.focus.isAfterPurchase:
            return escape(&state)
        case .focusNextPane where state.focus.isAfterPurchase,
            .focusPreviousPane where state.focus.isAfterPurchase,
            .focusCustomers where state.focus.isAfterPurchase:
            state.focus = .customers
            return []
        case .focusSubscriptions where state.focus.isAfterPurchase:
            state.focus = state.customers.selectedCustomer == nil ? .customers : .subscriptions
            return []
        case .focusNextPane, .focusPreviousPane:
            state.focus = state.focus == .customers && state.customers.selectedCustomer != nil ? .subscriptions : .customers
            return []
        case .focusCustomers:
            state.focus = .customers
            return []
        case .focusSubscriptions, .openSelection:
            guard state.focus == .customers else { return [] }
            state.focus = .subscriptions
            return []
        case .goBack:
            return escape(&state)
        case .refresh:
            return refresh(&state)
        case .moveUp, .moveDown, .pageUp, .pageDown, .moveToTop, .moveToBottom:
            return move(command, &state)
        }
    }

    static func move(_ command: Command, _ state: inout AppState) -> [Effect] {
        let rows = max(1, state.visibleListRows)
        func apply(_ table: inout TableState, count: Int) {
            switch command {
            case .moveUp: table.moveUp()
            case .moveDown: table.moveDown(count: count)
            case .pageUp: table.pageUp(visibleRows: rows)
            case .pageDown: table.pageDown(visibleRows: rows, count: count)
            case .moveToTop: table.moveToTop()
            case .moveToBottom: table.moveToBottom(count: count)
            default: break
            }
            table.ensureVisible(visibleRows: rows, count: count)
        }
        switch state.focus {
        case .customers:
            let before = state.customers.selectedCustomer?.id
            apply(&state.customers.table, count: state.customers.matches.count)
            guard state.customers.selectedCustomer?.id != before else { return [] }
            return detailRequests(&state) + selectionChanged(&state)
        case .subscriptions:
            apply(&state.subscriptions.table, count: state.subscriptions.items.count)
            return []
        case .catalog:
            guard var catalog = state.catalog else { return [] }
            state.catalog = nil  // sole owner while mutating, so the rows are not copied
            apply(&catalog.table, count: catalog.matches.count)
            state.catalog = catalog
            return []
        case .cart:
            apply(&state.cart.table, count: state.cart.lines.count)
            return []
        case .orders:
            guard var orders = state.orders else { return [] }
            let before = orders.selected?.id
            apply(&orders.table, count: orders.items.count)
            // The detail follows the cursor once it is open.
            let follows = orders.detail != nil && orders.selected?.id != before
            state.orders = orders
            return follows ? showOrderDetail(&state) : []
        case .reservations:
            guard var reservations = state.reservations else { return [] }
            let before = reservations.selected
            apply(&reservations.table, count: reservations.rowCount)
            // The detail follows the cursor once it is open.
            let follows = reservations.detail != nil && reservations.selected != before
            state.reservations = reservations
            return follows ? showReservationDetail(&state) : []
        case .billing:
            guard var billing = state.billing else { return [] }
            if billing.isLineItemsFocused, var lineItems = billing.lineItems {
                apply(&lineItems.table, count: lineItems.shown.count)
                let rows = BillingPane.lineItemRows(in: AppLayout.frames(for: state.size).catalog)
                lineItems.table.ensureVisible(visibleRows: rows, count: lineItems.shown.count)
                billing.lineItems = lineItems
            } else {
                apply(&billing.table, count: billing.rows.count)
            }
            state.billing = billing
            return []
        case .expiry:
            guard var board = state.expiryBoard else { return [] }
            apply(&board.table, count: board.shown.count)
            state.expiryBoard = board
            return []
        }
    }

    static func refresh(_ state: inout AppState) -> [Effect] {
        switch state.focus {
        case .customers:
            state.customers.removeAll()
            state.subscriptionsSeen = [:]
            state.customers.load = .loading(loaded: 0, total: nil)
            state.status = .info("Loading customers…")
            return [.customers(.cancelCustomerLoad), .customers(.loadCustomers)]
        case .subscriptions:
            guard let id = state.customers.selectedCustomer?.id else { return [] }
            state.subscriptions.load = .loading(loaded: 0, total: nil)
            return [.customers(.loadSubscriptions(id))]
        case .catalog:
            guard let catalog = state.catalog else { return [] }
            // A reload the user asks for goes to the service, not to the cache.
            return startCatalogLoad(view: catalog.request.view, useCache: false, &state)
        case .cart:
            return []
        case .orders:
            guard let orders = state.orders else { return [] }
            return openOrders(customerID: orders.customerID, name: orders.customerName, &state)
        case .reservations:
            return openReservationsForSelection(&state)
        case .billing:
            return loadBilling(&state)
        case .expiry:
            return loadExpiryBoard(&state)
        }
    }

    /// Runs one `:` command line; the verbs are `CommandLineVerb`'s.
    static func runCommandLine(_ text: String, _ state: inout AppState) -> [Effect] {
        let words = text.split(separator: " ", maxSplits: 1).map(String.init)
        guard let word = words.first else { return [] }
        let argument = words.count > 1 ? words[1].trimmingCharacters(in: .whitespaces) : ""
        guard let verb = CommandLineVerb.named(word) else {
            state.status = .warning("Unknown command :\(word.lowercased()). Try \(CommandLineVerb.usageList)")
            return []
        }
        switch verb {
        case .quit:
            state.shouldQuit = true
            return []
        case .help:
            state.overlay = .help(HelpScreen(focus: state.focus))
            return []
        case .cart:
            return openCart(&state)
        case .orders:
            if let orders = state.orders, state.customers.selectedCustomer == nil {
                return openOrders(customerID: orders.customerID, name: orders.customerName, &state)
            }
            return openOrdersForSelection(&state)
        case .reservations:
            return openReservationsForSelection(&state)
        case .billing:
            return openBilling(&state)
        case .expiring:
            return openExpiryBoard(&state)
        case .customer:
            guard !argument.isEmpty else {
                state.status = .warning(":customer needs a name, e.g. :customer contoso")
                return []
            }
            let left = state.focus == .catalog ? leaveCatalog(to: .customers, &state) : []
            state.focus = .customers
            state.customers.filter = TextField(text: argument)
            state.customers.applyFilter()
            if state.customers.matches.isEmpty {
                state.status = .warning("No customer matches \"\(argument)\"")
            } else {
                state.status = .info("\(Plural.count(state.customers.matches.count, "customer")) \(state.customers.matches.count == 1 ? "matches" : "match") \"\(argument)\"")
            }
            return left + detailRequests(&state) + selectionChanged(&state)
        }
    }

    static func clampTables(_ state: inout AppState) {
        let rows = max(1, state.visibleListRows)
        state.customers.table.clamp(count: state.customers.matches.count)
        state.customers.table.ensureVisible(visibleRows: rows, count: state.customers.matches.count)
        state.subscriptions.table.clamp(count: state.subscriptions.items.count)
        state.subscriptions.table.ensureVisible(visibleRows: rows, count: state.subscriptions.items.count)
        if var catalog = state.catalog {
            state.catalog = nil
            let catalogRows = max(1, CatalogPane.tableRows(in: AppLayout.frames(for: state.size).catalog))
            catalog.table.clamp(count: catalog.matches.count)
            catalog.table.ensureVisible(visibleRows: catalogRows, count: catalog.matches.count)
            state.catalog = catalog
        }
    }
}
