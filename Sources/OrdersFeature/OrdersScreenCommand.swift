import ScreenKit

/// The orders screen's own commands. Raw values are the stable names help and docs show.
public enum OrdersScreenCommand: String, ScreenCommand {
    case openOrders = "open-orders"
    case toggleOneTimeOrders = "toggle-one-time-orders"
    case showOrderInvoiceLines = "show-order-invoice-lines"
}
