import TerminalUI
import ScreenKit

/// Keys of the expiry board.
public enum ExpiryBoardBindings {
    public static let all: [Binding] = ListBindings.movement() + RenewalBindings.all + [
        Binding(keys: [.enter, .char("l"), .right], command: .openSelection,
                help: "Open the selected reservation's customer in the reservations pane", footer: "customer",
                unavailable: { $0.expiryBoard?.selected == nil ? "No reservation selected" : nil }),
        Binding(keys: [.char("w")], screenCommand: ExpiryScreenCommand.cycleExpiryWindow, help: "Show reservations expiring within 30, 60 or 90 days",
                footer: "30/60/90",
                perform: { AppReducer.cycleExpiryWindow(&$0) }),
        Binding(keys: [.char("r")], command: .refresh, help: "Read every customer's reservations again", footer: "reload"),
        Binding(keys: [.char("h"), .left], command: .goBack, help: "Back to the previous screen (Esc stops a load first)", footer: "back"),
    ]
}
