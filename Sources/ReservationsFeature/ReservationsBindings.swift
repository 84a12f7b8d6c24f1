import ReservationsCore
import ScreenKit
import TerminalUI

/// Keys of the reservations pane. Marking and renewing are the app's (``RenewalBindings``, shared with the expiry
/// board), listed after the movement keys.
public enum ReservationsBindings {
    public static func all<Host: ReservationsHost>(
        for host: Host.Type, renewal: [KeyBinding<Host, Host.AppEffect>]
    ) -> [KeyBinding<Host, Host.AppEffect>] {
        // Typed apart from the movement keys: one literal of closures over a generic host is too much for inference.
        let own: [KeyBinding<Host, Host.AppEffect>] = [
            KeyBinding(keys: [.enter, .char("l"), .right], command: .openSelection,
                       help: "Load the reservation details behind the selected entitlement", footer: "details",
                       unavailable: { state in
                           guard let selected = state.reservations?.selected else { return "No reservation selected" }
                           return selected.detailsLink == nil ? "This entitlement has no reservation link" : nil
                       }),
            KeyBinding(keys: [.char("r")], command: .refresh, help: "Load the reservations again", footer: "refresh"),
            KeyBinding(keys: [.char("h"), .left], command: .goBack, help: "Back to the previous screen", footer: "back"),
        ]
        return ListBindings.movement() + renewal + own
    }

    /// `V`, which opens the reservations from anywhere.
    public static func opening<Host: ReservationsHost>(for host: Host.Type) -> [KeyBinding<Host, Host.AppEffect>] {
        [KeyBinding(keys: [.char("V")], screenCommand: ReservationsScreenCommand.openReservations,
                    help: "Open the reservations of the selected customer, by expiry",
                    unavailable: { $0.customerToOpen == nil && $0.reservations == nil ? "Select a customer first" : nil },
                    perform: { ReservationsReducer.openFromKey(&$0) })]
    }

    /// The `:` verbs that open the reservations.
    public static func verbs<Host: ReservationsHost>(for host: Host.Type) -> [CommandVerb<Host, Host.AppEffect>] {
        [CommandVerb(["reservations", "reservation", "res"], help: "Open the reservations of the selected customer") { _, state in
            ReservationsReducer.openReservationsForSelection(&state)
        }]
    }
}
