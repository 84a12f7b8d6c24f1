// MARK: - Read-only mode

extension Command {
    /// What read-only mode turns off when this command is refused, in a few words for the status line
    /// (the help text is a sentence and made refusals run past 80 columns).
    var readOnlyRefusal: String {
        switch self {
        case .registerSubscription: "registering subscriptions is off"
        case .renewReservations: "renewals are off (they fill the cart to buy)"
        default: "purchases are off"
        }
    }
}
