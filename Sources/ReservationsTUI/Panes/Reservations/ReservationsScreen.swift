import TerminalUI
import ScreenKit
import ReservationsFeature

/// One customer's reservations with expiry.
enum ReservationsScreen: Screen {
    static let title = "Reservations"
    static var bindings: [Binding] { ReservationsBindings.all(for: AppState.self, renewal: RenewalBindings.all) }
    static var openingKeys: [Binding] { ReservationsBindings.opening(for: AppState.self) }
    static var commandLineVerbs: [CommandLineVerb] { ReservationsBindings.verbs(for: AppState.self) }

    static func render(_ state: AppState, frame: Rect, glyphs: Glyphs, into canvas: inout some Canvas) {
        ReservationsPane.render(state, frame: frame, glyphs: glyphs, into: &canvas)
    }

    static func visibleRows(in layout: AppLayout) -> Int { ReservationsPane.tableRows(in: layout.catalog) }
    static func breadcrumbs(_ state: AppState) -> [String] { state.reservations.map { [$0.customerName, "Reservations"] } ?? [] }
    static func customer(_ state: AppState) -> ShownCustomer? {
        state.reservations.map { ShownCustomer(id: $0.customerID, name: $0.customerName) }
    }

    static func run(_ command: Command, _ state: inout AppState) -> [Effect]? { ReservationsReducer.run(command, &state) }

    static func move(_ command: Command, visibleRows: Int, _ state: inout AppState) -> [Effect] {
        ReservationsReducer.move(command, visibleRows: visibleRows, &state)
    }

    static func refresh(_ state: inout AppState) -> [Effect] { ReservationsReducer.openReservationsForSelection(&state) }
}

extension ReservationsScreen: RenewalScreen {
    static func toggleMark(_ state: inout AppState) -> Int? { state.reservations?.toggleMark() }
    static func chosenForRenewal(_ state: AppState) -> [RenewalChoice] { state.reservations?.chosenForRenewal ?? [] }
    static func renewalUnavailable(_ state: AppState) -> String? {
        guard let reservations = state.reservations else { return "No listed reservation selected" }
        return reservations.renewalUnavailable
    }
    static func clearMarks(_ state: inout AppState) { state.reservations?.marked = [] }
}
