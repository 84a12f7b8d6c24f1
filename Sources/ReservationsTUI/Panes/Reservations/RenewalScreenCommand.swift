import ScreenKit
/// Marking and renewing, the same on the reservations screen and the expiry board. Raw values are the stable names help and docs show.
enum RenewalScreenCommand: String, ScreenCommand {
    case toggleMark = "toggle-mark"
    case renewReservations = "renew-reservations"
}
