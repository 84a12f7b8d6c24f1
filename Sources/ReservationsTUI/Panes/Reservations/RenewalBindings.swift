import TerminalUI
import ScreenKit

/// Marking and renewing, the same in the reservations pane and on the expiry board.
enum RenewalBindings {
    static let all: [Binding] = [
        Binding(keys: [.char(" ")], screenCommand: RenewalScreenCommand.toggleMark, help: "Mark the reservation to renew (several renew in one cart)",
                footer: "mark",
                perform: { AppReducer.toggleRenewalMark(&$0) }),
        Binding(keys: [.char("R")], screenCommand: RenewalScreenCommand.renewReservations,
                help: "Renew the marked reservations (or the selected one): fill the cart with the same SKU, region, term, quantity, scope and subscription at today's price; b then checks out",
                footer: "renew", isPurchase: true, readOnlyRefusal: "renewals are off (they fill the cart to buy)",
                unavailable: { state in (state.focus.screen as? any RenewalScreen.Type)?.renewalUnavailable(state) },
                perform: { AppReducer.renewMarked(&$0) }),
    ]
}
