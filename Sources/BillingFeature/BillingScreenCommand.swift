import ScreenKit
/// The billing screen's own commands. Raw values are the stable names help and docs show.
public enum BillingScreenCommand: String, ScreenCommand {
    case openBilling = "open-billing"
    case exportLineItems = "export-line-items"
    case downloadStatement = "download-statement"
    case openLineItemOrder = "open-line-item-order"
    case toggleChargesChart = "toggle-charges-chart"
    case cycleChartCurrency = "cycle-chart-currency"
}
