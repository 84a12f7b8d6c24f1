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
}
