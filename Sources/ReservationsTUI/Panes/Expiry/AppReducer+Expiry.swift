import ReservationsFeature
import Vocabulary
import ReservationsCore
import TerminalUI
import ScreenKit

// MARK: - Expiry board

extension AppReducer {
    /// `E` or `:expiring`: show the board, loading it the first time (r reloads).
    static func openExpiryBoard(_ state: inout AppState) -> [Effect] {
        let effects = show(.expiry, &state)
        if state.expiryBoard != nil { return effects }
        return effects + loadExpiryBoard(&state)
    }

    static func loadExpiryBoard(_ state: inout AppState) -> [Effect] {
        state.expiryGeneration += 1
        var board = ExpiryBoardState(generation: state.expiryGeneration)
        board.windowDays = state.expiryBoard?.windowDays ?? board.windowDays
        state.expiryBoard = board
        state.status = .info("Expiry board: listing customers… (Esc stops)")
        return [.expiryBoard(.load(generation: board.generation))]
    }

    static func cycleExpiryWindow(_ state: inout AppState) -> [Effect] {
        guard var board = state.expiryBoard else { return [] }
        board.cycleWindow()
        state.expiryBoard = board
        state.status = .info("\(Plural.count(board.shown.count, "reservation")) \(board.shown.count == 1 ? "expires" : "expire") within \(board.windowDays) days")
        return []
    }

    /// Enter on a row: that customer's reservations pane.
    static func openSelectedExpiringCustomer(_ state: inout AppState) -> [Effect] {
        guard let entry = state.expiryBoard?.selected else { return [] }
        return ReservationsReducer.openReservations(customerID: entry.customerID, name: entry.customerName, &state)
    }

    /// Esc while loading stops the load and keeps what arrived; nil when there is nothing to stop.
    static func expiryBoardEscape(_ state: inout AppState) -> [Effect]? {
        guard var board = state.expiryBoard, board.load.isLoading else { return nil }
        board.load = .cancelled
        state.expiryBoard = board
        state.status = .warning(
            "Expiry board stopped at \(board.customersDone)/\(board.customersTotal.map(String.init) ?? "?") customers; it is partial")
        return [.expiryBoard(.cancel)]
    }

    static func reduceExpiryBoard(_ action: ExpiryAction, generation: Int, _ state: inout AppState) -> [Effect] {
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

    private static func progress(_ board: inout ExpiryBoardState, done: Int, total: Int, _ state: inout AppState) {
        board.customersDone = done
        board.customersTotal = total
        board.load = .loading(loaded: done, total: total)
        state.status = .info("Expiry board: \(done)/\(total) customers (Esc stops)")
    }
}
