import ScreenKit
/// The reservations screen's own commands (marking and renewing are ``RenewalScreenCommand``). Raw values are the
/// stable names help and docs show.
public enum ReservationsScreenCommand: String, ScreenCommand {
    case openReservations = "open-reservations"
}
