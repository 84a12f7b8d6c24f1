import ReservationsCore
import TerminalUI
import ScreenKit

/// Keys of the reservations pane.
public enum ReservationsBindings {
    public static let all: [Binding] = ListBindings.movement() + RenewalBindings.all + [
        Binding(keys: [.enter, .char("l"), .right], command: .openSelection,
                help: "Load the reservation details behind the selected entitlement", footer: "details",
                unavailable: { state in
                    guard let selected = state.reservations?.selected else { return "No reservation selected" }
                    return selected.detailsLink == nil ? "This entitlement has no reservation link" : nil
                }),
        Binding(keys: [.char("r")], command: .refresh, help: "Load the reservations again", footer: "refresh"),
        Binding(keys: [.char("h"), .left], command: .goBack, help: "Back to the previous screen", footer: "back"),
    ]
}
