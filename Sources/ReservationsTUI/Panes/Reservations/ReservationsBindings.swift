import TerminalUI

/// Keys of the reservations pane.
public enum ReservationsBindings {
    public static let all: [Binding] = ListBindings.movement + [
        Binding(keys: [.enter, .char("l"), .right], command: .openSelection,
                help: "Load the reservation details behind the selected entitlement", footer: "details",
                unavailable: { state in
                    guard let selected = state.reservations?.selected else { return "No reservation selected" }
                    return selected.reservationArtifact?.link == nil ? "This entitlement has no reservation link" : nil
                }),
        Binding(keys: [.char(" ")], command: .toggleMark, help: "Mark the reservation to renew (several renew in one cart)",
                footer: "mark"),
        Binding(keys: [.char("R")], command: .renewReservations,
                help: "Renew the marked reservations (or the selected one): fill the cart with the same SKU, region, term, quantity, scope and subscription at today's price; b then checks out",
                footer: "renew", isPurchase: true,
                unavailable: { state in
                    state.focus == .expiry ? (state.expiryBoard?.selected == nil ? "No reservation selected" : nil)
                        : (state.reservations?.selected == nil ? "No listed reservation selected" : nil)
                }),
        Binding(keys: [.char("r")], command: .refresh, help: "Load the reservations again", footer: "refresh"),
        Binding(keys: [.char("h"), .left], command: .goBack, help: "Back to the lists", footer: "back"),
    ]
}
