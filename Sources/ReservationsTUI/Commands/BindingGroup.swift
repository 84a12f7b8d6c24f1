/// Headings of the help screen and of `docs/keybindings.md`, in display order.
public enum BindingGroup: String, CaseIterable, Sendable {
    case navigation = "Navigation"
    case panes = "Panes"
    case lists = "Lists"
    case catalog = "Catalog"
    case purchase = "Cart, orders and registration"
    case reservationsAndBilling = "Reservations and billing"
    case general = "General"
}
