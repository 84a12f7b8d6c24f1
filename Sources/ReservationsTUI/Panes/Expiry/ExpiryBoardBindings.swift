import TerminalUI

/// Keys of the expiry board.
public enum ExpiryBoardBindings {
    public static let all: [Binding] = ListBindings.movement + [
        Binding(keys: [.enter, .char("l"), .right], command: .openSelection,
                help: "Open the selected reservation's customer in the reservations pane", footer: "customer",
                unavailable: { $0.expiryBoard?.selected == nil ? "No reservation selected" : nil }),
        Binding(keys: [.char(" ")], command: .toggleMark, help: "Mark the reservation to renew (several renew in one cart)",
                footer: "mark"),
        Binding(keys: [.char("R")], command: .renewReservations,
                help: "Renew the marked reservations (or the selected one): fill the cart with the same SKU, region, term, quantity, scope and subscription at today's price; b then checks out",
                footer: "renew", isPurchase: true,
                unavailable: { state in
                    state.focus == .expiry ? (state.expiryBoard?.selected == nil ? "No reservation selected" : nil)
                        : (state.reservations?.selected == nil ? "No listed reservation selected" : nil)
                }),
        Binding(keys: [.char("w")], command: .cycleExpiryWindow, help: "Show reservations expiring within 30, 60 or 90 days",
                footer: "30/60/90"),
        Binding(keys: [.char("r")], command: .refresh, help: "Read every customer's reservations again", footer: "reload"),
        Binding(keys: [.char("h"), .left], command: .goBack, help: "Back to the lists (Esc stops a load first)", footer: "back"),
    ]
}
