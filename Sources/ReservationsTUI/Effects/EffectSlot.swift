/// Which running effect task this is. A new task in a slot replaces (cancels) the one there; every task has a
/// slot, so quitting cancels them all (but a checkout, see ``survivesCancelAll``).
enum EffectSlot: Hashable, Sendable {
    case ledgerWatch
    case customers
    case subscriptions
    case catalog
    case availabilities
    case inventory
    case preflight
    case inspectPurchases
    case orders
    case orderDetail
    case orderByID
    case orderInvoiceLines
    case reservations
    case reservationDetail
    case renewal
    /// SKU names for one set of keys: the reservations pane's request and the expiry board's do not replace
    /// each other.
    case skuNames(String)
    case billing
    case lineItems
    case expiryBoard
    /// A checkout: never cancelled, since once sent its answer must be read and journaled.
    case checkout(Int)
    /// A task that replaces nothing (several may run at once), numbered so each has its own slot.
    case unique(Int)

    /// A checkout keeps running when the interface quits: `cancelAll` leaves it alone.
    var survivesCancelAll: Bool {
        if case .checkout = self { true } else { false }
    }
}
