import Vocabulary
import ReservationsCore
import TerminalUI
import ScreenKit
import ReservationsFeature
import CatalogFeature

/// One customer's reservations with expiry.
enum ReservationsScreen: Screen {
    static let title = "Reservations"
    static var bindings: [Binding] { ReservationsBindings.all(for: AppState.self, renewal: RenewalBindings.all) }

    static var openingKeys: [Binding] {
        [Binding(keys: [.char("V")], screenCommand: ReservationsScreenCommand.openReservations,
                 help: "Open the reservations of the selected customer, by expiry",
                 unavailable: { $0.customerToOpen == nil && $0.reservations == nil ? "Select a customer first" : nil },
                 perform: openFromKey)]
    }

    static var commandLineVerbs: [CommandLineVerb] {
        [CommandLineVerb(["reservations", "reservation", "res"], help: "Open the reservations of the selected customer") { _, state in
            ReservationsReducer.openReservationsForSelection(&state)
        }]
    }

    static func render(_ state: AppState, frame: Rect, glyphs: Glyphs, into canvas: inout some Canvas) {
        ReservationsPane.render(state, frame: frame, glyphs: glyphs, into: &canvas)
    }

    static func visibleRows(in layout: AppLayout) -> Int { ReservationsPane.tableRows(in: layout.catalog) }
    static func breadcrumbs(_ state: AppState) -> [String] { state.reservations.map { [$0.customerName, "Reservations"] } ?? [] }
    static func customer(_ state: AppState) -> ShownCustomer? {
        state.reservations.map { ShownCustomer(id: $0.customerID, name: $0.customerName) }
    }

    static func run(_ command: Command, _ state: inout AppState) -> [Effect]? {
        command == .openSelection ? ReservationsReducer.showReservationDetail(&state) : nil
    }

    static func move(_ command: Command, visibleRows: Int, _ state: inout AppState) -> [Effect] {
        guard var reservations = state.reservations else { return [] }
        let before = reservations.selected
        reservations.table.apply(command, visibleRows: visibleRows, count: reservations.rowCount)
        // The detail follows the cursor once it is open.
        let follows = reservations.detail != nil && reservations.selected != before
        state.reservations = reservations
        return follows ? ReservationsReducer.showReservationDetail(&state) : []
    }

    static func refresh(_ state: inout AppState) -> [Effect] { ReservationsReducer.openReservationsForSelection(&state) }

    /// `V`: the reservations of ``AppState/customerToOpen`` (the cart's customer, or orders' opened from another
    /// customer's screen).
    private static func openFromKey(_ state: inout AppState) -> [Effect] {
        if let shown = state.customerToOpen {
            return ReservationsReducer.openReservations(customerID: shown.id, name: shown.name, &state)
        }
        return ReservationsReducer.openReservationsForSelection(&state)
    }
}

extension ReservationsScreen: RenewalScreen {
    static func toggleMark(_ state: inout AppState) -> Int? {
        guard var reservations = state.reservations, let selected = reservations.selected else { return nil }
        reservations.marked.formSymmetricDifference([selected.renewalKey])
        reservations.table.moveDown(count: reservations.rowCount)
        state.reservations = reservations
        return reservations.marked.count
    }

    static func chosenForRenewal(_ state: AppState) -> [RenewalChoice] {
        guard let reservations = state.reservations, let selected = reservations.selected else { return [] }
        let marked = reservations.items.filter { reservations.marked.contains($0.renewalKey) }
        return (marked.isEmpty ? [selected] : marked).map {
            RenewalChoice(customerID: reservations.customerID, customerName: reservations.customerName, reservation: $0)
        }
    }

    static func renewalUnavailable(_ state: AppState) -> String? {
        state.reservations?.selected == nil ? "No listed reservation selected" : nil
    }

    static func clearMarks(_ state: inout AppState) { state.reservations?.marked = [] }
}
