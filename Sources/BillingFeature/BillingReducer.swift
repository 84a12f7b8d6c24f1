import Vocabulary
import ReservationsCore
import OrdersFeature
import TerminalUI
import ScreenKit

/// The billing screen's reducer: opening it, its keys, the export prompt, and what its loads answer. Over any
/// ``BillingHost``, so it changes only billing's state, the prompt and the status line (and opens orders).
public enum BillingReducer {
    /// Opens the billing pane (`B` or `:billing`) and loads balance, summaries and invoices.
    public static func openBilling<Host: BillingHost>(_ state: inout Host) -> [Host.AppEffect] {
        let effects = state.showBillingScreen()
        // B starts on the invoices, whichever list had the keys when billing was left.
        state.billing?.isLineItemsFocused = false
        // Already loaded (or loading): just show it again; r reloads.
        if let billing = state.billing, !billing.invoicesLoad.isFailed { return effects }
        return effects + loadBilling(&state)
    }

    public static func loadBilling<Host: BillingHost>(_ state: inout Host) -> [Host.AppEffect] {
        var billing = BillingState()
        billing.balanceLoad = .loading(loaded: 0, total: nil)
        billing.summariesLoad = .loading(loaded: 0, total: nil)
        billing.invoicesLoad = .loading(loaded: 0, total: nil)
        billing.unbilledLoad = .loading(loaded: 0, total: nil)
        state.billing = billing
        state.status = .info("Loading balance and invoices…")
        return [Host.billingEffect(.cancelInvoiceLineItems), Host.billingEffect(.loadBilling)]
    }

    /// Enter on an invoice: load its one-time line items page by page. On a currency's unbilled charges: show
    /// them (already read with the list).
    public static func openInvoiceLineItems<Host: BillingHost>(_ state: inout Host) -> [Host.AppEffect] {
        guard var billing = state.billing, let row = billing.selectedRow else { return [] }
        billing.lineItems = InvoiceLineItemsState(source: row.id)
        billing.isLineItemsFocused = false
        billing.showsChart = false
        defer { state.billing = billing }
        switch row {
        case .unbilled(let charges):
            billing.lineItems?.append(charges.lines)
            billing.lineItems?.load = .loaded
            state.status = .info("\(Plural.count(charges.lines.count, "unbilled line item")) in \(charges.currency) this month")
            return [Host.billingEffect(.cancelInvoiceLineItems)]
        case .invoice(let invoice):
            state.status = .info("Loading line items of \(invoice.id.rawValue)… (Esc to stop)")
            return [Host.billingEffect(.loadInvoiceLineItems(invoice.id))]
        }
    }

    /// `o` on a line item: the orders pane of its customer, with its order selected.
    public static func openLineItemOrder<Host: BillingHost>(_ state: inout Host) -> [Host.AppEffect] {
        guard let item = state.billing?.selectedLineItem, let orderText = item.orderID, let customer = item.customerID else {
            state.status = .warning("This line item names no order or customer")
            return []
        }
        return OrdersReducer.openOrder(OrderID(orderText), customerID: CustomerID(customer), customerName: item.customerName ?? customer, &state)
    }

    /// Esc in billing: stop a line-item load, else back one screen (the line items stay, shown again with `B`).
    public static func billingEscape<Host: BillingHost>(_ state: inout Host) -> [Host.AppEffect] {
        guard var billing = state.billing else { return [] }
        if let lineItems = billing.lineItems, lineItems.load.isLoading {
            billing.lineItems?.load = .cancelled
            state.billing = billing
            state.status = .warning("Stopped loading line items at \(lineItems.items.count)")
            return [Host.billingEffect(.cancelInvoiceLineItems)]
        }
        return state.goBack()
    }

    /// `c`: the lower area switches between the line items and the charges chart.
    public static func toggleChargesChart<Host: BillingHost>(_ state: inout Host) -> [Host.AppEffect] {
        guard var billing = state.billing else { return [] }
        billing.showsChart.toggle()
        let series = billing.chartSeries
        // Opening starts with the balance's (home) currency when it has charges, else the first.
        let home = series.firstIndex { $0.currency == billing.balance?.currencyCode?.uppercased() }
        billing.chartCurrencyIndex = billing.showsChart ? home ?? 0 : billing.chartCurrencyIndex
        state.billing = billing
        if billing.showsChart, series.isEmpty { state.status = .info("No one-time invoices to chart yet") }
        return []
    }

    /// `n`: the chart's next currency.
    public static func cycleChartCurrency<Host: BillingHost>(_ state: inout Host) -> [Host.AppEffect] {
        guard var billing = state.billing, billing.showsChart else { return [] }
        let series = billing.chartSeries
        guard !series.isEmpty else { return [] }
        billing.chartCurrencyIndex = (billing.chartCurrencyIndex + 1) % series.count
        state.billing = billing
        state.status = .info("Charges in \(series[billing.chartCurrencyIndex].currency)")
        return []
    }

    public static func startLineItemFilter<Host: BillingHost>(_ state: inout Host) -> [Host.AppEffect] {
        guard state.billing?.lineItems != nil else {
            state.status = .warning("Open an invoice's line items first (Enter)")
            return []
        }
        state.billing?.lineItems?.isEditingFilter = true
        return []
    }

    public static func handleLineItemFilterKey<Host: BillingHost>(_ key: KeyChord, _ state: inout Host) -> [Host.AppEffect] {
        guard var lineItems = state.billing?.lineItems else { return [] }
        defer { state.billing?.lineItems = lineItems }
        _ = lineItems.editFilter(with: key)
        return []
    }

    public static func reduce<Host: BillingHost>(_ action: BillingAction, _ state: inout Host) -> [Host.AppEffect] {
        if case .exportFinished = action { return reduceExport(action, &state) }
        if case .exportTargetExists = action { return reduceExport(action, &state) }
        if case .exportFailed = action { return reduceExport(action, &state) }
        guard var billing = state.billing else { return [] }
        defer { state.billing = billing }
        switch action {
        case .balanceLoaded(let balance):
            billing.balance = balance
            billing.balanceLoad = .loaded
        case .balanceFailed(let message):
            billing.balanceLoad = .failed(message)
            state.status = .error("Could not load the balance: \(message)")
        case .invoiceSummariesLoaded(let summaries):
            billing.summaries = summaries
            billing.summariesLoad = .loaded
        case .invoiceSummariesFailed(let message):
            billing.summariesLoad = .failed(message)
        case .invoicesPageLoaded(let invoices, let total, let isComplete):
            billing.invoices += invoices
            billing.table.clamp(count: billing.rows.count)
            billing.invoicesLoad = isComplete ? .loaded : .loading(loaded: billing.invoices.count, total: total)
            let of = total.map { " of \($0)" } ?? ""
            state.status = isComplete
                ? .info("\(billing.invoices.count) invoices")
                : .info("Loading invoices… \(billing.invoices.count)\(of)")
        case .invoicesFailed(let message):
            billing.invoicesLoad = .failed(message)
            state.status = .error("Could not load invoices: \(message)")
        case .invoiceLineItemsPageLoaded(let id, let items, let isComplete):
            guard billing.lineItems?.invoiceID == id, billing.lineItems?.load.isLoading == true else { return [] }
            billing.lineItems?.append(items)
            let count = billing.lineItems?.items.count ?? 0
            billing.lineItems?.load = isComplete ? .loaded : .loading(loaded: count, total: nil)
            state.status = isComplete
                ? .info("\(Plural.count(count, "line item")) of \(id.rawValue)")
                : .info("Loading line items of \(id.rawValue)… \(count) (Esc to stop)")
        case .invoiceExportProgress(let id, let words):
            guard billing.lineItems?.invoiceID == id, billing.lineItems?.load.isLoading == true else { return [] }
            state.status = .info(words)
        case .unbilledCurrenciesChosen(let currencies):
            billing.unbilledLoad = .loading(loaded: 0, total: currencies.count)
        case .unbilledChargesLoaded(let charges):
            billing.addUnbilled(charges)
            billing.unbilledLoad = unbilledProgress(billing, adding: 1)
        case .unbilledChargesFailed(let currency, let message):
            billing.unbilledLoad = unbilledProgress(billing, adding: 1)
            billing.unbilledFailures.append(currency)
            state.status = .error("Could not read this month's unbilled \(currency) charges: \(message)")
        case .invoiceLineItemsFailed(let id, let message):
            guard billing.lineItems?.invoiceID == id, billing.lineItems?.load.isLoading == true else { return [] }
            let count = billing.lineItems?.items.count ?? 0
            billing.lineItems?.load = .failed(message)
            state.status = .error("Line items of \(id.rawValue) stopped after \(count): \(message)")
        default:
            break
        }
        return []
    }
}

extension BillingReducer {
    /// One more currency answered: loaded once all have.
    static func unbilledProgress(_ billing: BillingState, adding answered: Int) -> LoadState {
        guard case .loading(let loaded, let total) = billing.unbilledLoad else { return billing.unbilledLoad }
        let now = loaded + answered
        return total.map { now >= $0 } == true ? .loaded : .loading(loaded: now, total: total)
    }
}

extension LoadState {
    var isFailed: Bool { if case .failed = self { true } else { false } }
}
