import ReservationsFeature
import Vocabulary
import ReservationsCore
import TerminalUI
import ScreenKit

/// The expiry board's reducer: opening and loading it, its window, and what its load answers (dropped when they
/// belong to a stopped or replaced load). Over any ``ExpiryHost``.
public enum ExpiryReducer {
    /// `E` or `:expiring`: show the board, loading it the first time (r reloads).
    public static func openExpiryBoard<Host: ExpiryHost>(_ state: inout Host) -> [Host.AppEffect] {
        let effects = state.showExpiryBoardScreen()
        if state.expiryBoard != nil { return effects }
        return effects + loadExpiryBoard(&state)
    }

    public static func loadExpiryBoard<Host: ExpiryHost>(_ state: inout Host) -> [Host.AppEffect] {
        state.expiryGeneration += 1
        var board = ExpiryBoardState(generation: state.expiryGeneration)
        board.windowDays = state.expiryBoard?.windowDays ?? board.windowDays
        state.expiryBoard = board
        state.status = .info("Expiry board: listing customers… (Esc stops)")
        return [Host.expiryBoardEffect(.load(generation: board.generation))]
    }

    public static func cycleExpiryWindow<Host: ExpiryHost>(_ state: inout Host) -> [Host.AppEffect] {
        guard var board = state.expiryBoard else { return [] }
        board.cycleWindow()
        state.expiryBoard = board
        state.status = .info("\(Plural.count(board.shown.count, "reservation")) \(board.shown.count == 1 ? "expires" : "expire") within \(board.windowDays) days")
        return []
    }

    /// Enter on a row: that customer's reservations pane.
    public static func openSelectedExpiringCustomer<Host: ExpiryHost>(_ state: inout Host) -> [Host.AppEffect] {
        guard let entry = state.expiryBoard?.selected else { return [] }
        return ReservationsReducer.openReservations(customerID: entry.customerID, name: entry.customerName, &state)
    }

    /// Esc while loading stops the load and keeps what arrived; nil when there is nothing to stop.
    public static func expiryBoardEscape<Host: ExpiryHost>(_ state: inout Host) -> [Host.AppEffect]? {
        guard var board = state.expiryBoard, board.load.isLoading else { return nil }
        board.load = .cancelled
        state.expiryBoard = board
        state.status = .warning(
            "Expiry board stopped at \(board.customersDone)/\(board.customersTotal.map(String.init) ?? "?") customers; it is partial")
        return [Host.expiryBoardEffect(.cancel)]
    }

    public static func reduce<Host: ExpiryHost>(_ action: ExpiryAction, generation: Int, _ state: inout Host) -> [Host.AppEffect] {
        // A stopped or replaced load's late answers are dropped.
        guard var board = state.expiryBoard, board.load.isLoading, generation == board.generation else { return [] }
        defer { state.expiryBoard = board }
        switch action {
        case .customersListed(let total, let now):
            board.customersTotal = total
            board.loadedAt = now
            board.load = .loading(loaded: 0, total: total)
            state.status = .info("Expiry board: 0/\(total) customers (Esc stops)")
        case .customerLoaded(_, let found, let done, let total):
            board.add(found)
            progress(&board, done: done, total: total, &state)
        case .customerFailed(let name, let message, let done, let total):
            board.failures.append("\(name): \(message)")
            progress(&board, done: done, total: total, &state)
        case .finished:
            board.load = .loaded
            let found = "\(Plural.count(board.shown.count, "reservation")) \(board.shown.count == 1 ? "expires" : "expire") within \(board.windowDays) days"
            state.status = board.failures.isEmpty
                ? .info("\(found) (\(board.customersDone) customers)")
                : .warning("\(found); partial: \(Plural.count(board.failures.count, "customer")) could not be read (\(board.failures[0]))")
            return ReservationsReducer.skuNameRequests(board.entries.map { ($0.customerID, $0.reservation.productID, $0.reservation.skuID) }, state)
        case .failed(let message):
            board.load = .failed(message)
            state.status = .error("Expiry board: could not list the customers: \(message)")
        }
        return []
    }

    private static func progress<Host: ExpiryHost>(_ board: inout ExpiryBoardState, done: Int, total: Int, _ state: inout Host) {
        board.customersDone = done
        board.customersTotal = total
        board.load = .loading(loaded: done, total: total)
        state.status = .info("Expiry board: \(done)/\(total) customers (Esc stops)")
    }
}
