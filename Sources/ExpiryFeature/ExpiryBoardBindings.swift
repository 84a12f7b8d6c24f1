import ScreenKit
import TerminalUI

/// Keys of the expiry board. Marking and renewing are the app's (``RenewalBindings``, shared with the reservations
/// pane), listed after the movement keys.
public enum ExpiryBoardBindings {
    public static func all<Host: ExpiryHost>(
        for host: Host.Type, renewal: [KeyBinding<Host, Host.AppEffect>]
    ) -> [KeyBinding<Host, Host.AppEffect>] {
        // Typed apart from the movement keys: one literal of closures over a generic host is too much for inference.
        let own: [KeyBinding<Host, Host.AppEffect>] = [
            KeyBinding(keys: [.enter, .char("l"), .right], command: .openSelection,
                       help: "Open the selected reservation's customer in the reservations pane", footer: "customer",
                       unavailable: { $0.expiryBoard?.selected == nil ? "No reservation selected" : nil }),
            KeyBinding(keys: [.char("w")], screenCommand: ExpiryScreenCommand.cycleExpiryWindow,
                       help: "Show reservations expiring within 30, 60 or 90 days", footer: "30/60/90",
                       perform: { ExpiryReducer.cycleExpiryWindow(&$0) }),
            KeyBinding(keys: [.char("r")], command: .refresh, help: "Read every customer's reservations again", footer: "reload"),
            KeyBinding(keys: [.char("h"), .left], command: .goBack, help: "Back to the previous screen (Esc stops a load first)",
                       footer: "back"),
        ]
        return ListBindings.movement() + renewal + own
    }

    /// `E`, which opens the board from anywhere.
    public static func opening<Host: ExpiryHost>(for host: Host.Type) -> [KeyBinding<Host, Host.AppEffect>] {
        [KeyBinding(keys: [.char("E")], screenCommand: ExpiryScreenCommand.openExpiryBoard,
                    help: "Open the expiry board: every customer's reservations expiring within 30, 60 or 90 days",
                    perform: { ExpiryReducer.openExpiryBoard(&$0) })]
    }

    /// The `:` verbs that open the board.
    public static func verbs<Host: ExpiryHost>(for host: Host.Type) -> [CommandVerb<Host, Host.AppEffect>] {
        [CommandVerb(["expiring", "expiry"], help: "Open the expiry board (reservations of every customer ending soon)") { _, state in
            ExpiryReducer.openExpiryBoard(&state)
        }]
    }
}
