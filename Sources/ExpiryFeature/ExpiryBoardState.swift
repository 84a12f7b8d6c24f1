import Foundation
import ReservationsCore
import TerminalUI
import ScreenKit
import ReservationsFeature

/// The expiry board: reservations of every customer that expire within the next 30, 60 or 90 days.
///
/// The load always asks for 90 days; the window only changes what is shown, so cycling it needs no request.
public struct ExpiryBoardState: ScreenState {
    /// Names the load, so late results of a cancelled or replaced one are dropped.
    public var generation: Int
    /// Every reservation found within 90 days, soonest first.
    public private(set) var entries: [ExpiringReservation] = []
    /// The days shown: one of `windows`.
    public var windowDays = ExpiryBoardState.windows[0]
    /// The moment the load started; days left count from it (the reducer reads no clock).
    public var loadedAt: Date?
    public var table = TableState()
    public var load: LoadState = .loading(loaded: 0, total: nil)
    public var customersDone = 0
    public var customersTotal: Int?
    /// Customers whose reservations could not be read, as `name: reason`.
    public var failures: [String] = []
    /// Reservations marked to renew together, by `RenewalMark.key`.
    public var marked: Set<String> = []
    /// The rows within the window, soonest first (kept in step with `entries` and `windowDays`).
    public private(set) var shown: [ExpiringReservation] = []

    public static let windows = [30, 60, 90]

    public init(generation: Int) { self.generation = generation }

    public var selected: ExpiringReservation? { shown.indices.contains(table.selectedIndex) ? shown[table.selectedIndex] : nil }

    /// True when some customers were not read: stopped with Esc, a failed customer list, or failed customers.
    public var isPartial: Bool {
        switch load {
        case .cancelled, .failed: true
        default: !failures.isEmpty
        }
    }

    public func daysLeft(_ entry: ExpiringReservation) -> Int? { loadedAt.map { entry.daysLeft(now: $0) } }

    public mutating func add(_ found: [ExpiringReservation]) {
        guard !found.isEmpty else { return }
        let selected = self.selected
        entries = (entries + found).sorted(by: ExpiringReservation.byExpiry)
        refreshShown(keeping: selected)
    }

    /// 30 → 60 → 90 → 30.
    public mutating func cycleWindow() {
        let selected = self.selected
        let index = Self.windows.firstIndex(of: windowDays) ?? 0
        windowDays = Self.windows[(index + 1) % Self.windows.count]
        refreshShown(keeping: selected)
    }

    private mutating func refreshShown(keeping selected: ExpiringReservation?) {
        let window = windowDays
        shown = loadedAt.map { now in entries.filter { $0.daysLeft(now: now) <= window } } ?? entries
        if let selected, let index = shown.firstIndex(of: selected) {
            table.select(index, count: shown.count)
        } else {
            table.clamp(count: shown.count)
        }
    }
}
