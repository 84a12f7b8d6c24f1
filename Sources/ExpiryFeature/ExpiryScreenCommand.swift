import ScreenKit
/// The expiry board's own commands (marking and renewing are ``RenewalScreenCommand``). Raw values are the stable names help and docs show.
public enum ExpiryScreenCommand: String, ScreenCommand {
    case openExpiryBoard = "open-expiry-board"
    case cycleExpiryWindow = "cycle-expiry-window"
}
