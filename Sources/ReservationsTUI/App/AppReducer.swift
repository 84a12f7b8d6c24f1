import Vocabulary
import ReservationsCore
import TerminalUI
import Foundation
import ScreenKit
import CustomersFeature
import CartFeature
import BillingFeature
import CatalogFeature
import SubscriptionsFeature

/// Applies actions to the state and returns the I/O to run next. Pure: no clock, no network, no curses.
public enum AppReducer {
    public static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .started:
            state.customers.load = .loading(loaded: 0, total: nil)
            state.status = .info("Loading customers…")
            if !state.environment.startupNotices.isEmpty {
                state.keepStartupNotice(state.environment.startupNotices.joined(separator: " · "))
            }
            return [.customers(.loadCustomers), .cart(.restoreCartDraft), .cart(.findUnfinishedPurchases)]

        case .resized(let size):
            state.size = size
            clampTables(&state)
            return CustomersReducer.detailRequests(&state)

        case .keyPressed(let key):
            return handleKey(key, &state)

        case .ledgerChecked(let reason):
            if let reason, state.ledgerOfflineReason == nil { state.status = .error(reason) }
            state.ledgerOfflineReason = reason
            return []

        case .skuNamesLoaded(let names):
            state.skuNames.merge(names) { $1 }
            return []

        default:
            // A screen's answers go to its own part of the reducer, in its pane folder (``Action/screenAnswer``
            // lists them, so a new screen does not change this switch).
            return action.screenAnswer?.reduce(&state) ?? []
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
            return CartReducer.handleCartFormKey(key, form: form, &state)
        case .checkout(let flow)?:
            return CartReducer.handleCheckoutKey(key, flow: flow, &state)
        case .unfinished(let found, let focused)?:
            return CartReducer.handleUnfinishedKey(key, found: found, focused: focused, &state)
        case .export(let prompt)?:
            return BillingReducer.handleExportKey(key, prompt: prompt, &state)
        case nil:
            break
        }
        let screen = state.focus.screen
        if screen.isEditingFilter(state) {
            return screen.filterKey(key, &state)
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
        if let effects = state.focus.screen.escape(&state) { return effects }
        if state.focus.takesBody { return back(&state) }
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
            return CustomersReducer.detailRequests(&state)
        }
        state.status = .none
        return []
    }

    /// Shows `pane` (``ScreenStack/show(_:)``), telling the shown screen first that it is left, so no screen needs
    /// to know what another does on leaving.
    static func show(_ pane: Pane, _ state: inout AppState) -> [Effect] {
        guard state.focus != pane else { return [] }
        let effects = state.focus.screen.leave(&state)
        state.focus = pane
        return effects
    }

    /// Back one screen: to the body screen under the shown one, else to the lists; the shown screen is told first
    /// that it is left.
    static func back(_ state: inout AppState) -> [Effect] {
        let effects = state.focus.screen.leave(&state)
        if !state.stack.popToPreviousScreen() { state.focus = state.listToReturnTo }
        return effects
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
            let effects = show(.customers, &state)
            state.customers.isEditingFilter = true
            return effects
        case .openCatalog:
            return CatalogReducer.openCatalog(&state)
        case .goBack where state.focus.screen.leadsBackToLists:
            return escape(&state)
        case .focusNextPane where state.focus.screen.leadsBackToLists,
            .focusPreviousPane where state.focus.screen.leadsBackToLists,
            .focusCustomers where state.focus.screen.leadsBackToLists:
            return show(.customers, &state)
        case .focusSubscriptions where state.focus.screen.leadsBackToLists:
            return show(state.listToReturnTo, &state)
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
        state.focus.screen.move(command, visibleRows: max(1, state.visibleListRows), &state)
    }

    static func refresh(_ state: inout AppState) -> [Effect] {
        state.focus.screen.refresh(&state)
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
        return verb.perform(argument, &state)
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
