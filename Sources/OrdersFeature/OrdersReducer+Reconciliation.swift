import Vocabulary
import ReservationsCore
import TerminalUI
import ScreenKit
import Foundation

// MARK: - Reconciliation (order ↔ invoice lines)

extension OrdersReducer {
    /// `i` in orders: find the selected order's one-time invoice lines.
    public static func showOrderInvoiceLines<Host: OrdersHost>(_ state: inout Host) -> [Host.AppEffect] {
        guard var orders = state.orders, let order = orders.selected else { return [] }
        orders.invoiceLines = OrderInvoiceLines(orderID: order.id)
        state.orders = orders
        state.status = .info("Looking for the invoice lines of \(order.id.rawValue)… (Esc stops)")
        return [Host.ordersEffect(.findOrderInvoiceLines(order.id, orderDate: order.creationDate, currency: order.currencyCode))]
    }

    /// Esc while searching stops the search and keeps what was found; nil when nothing is running.
    public static func orderInvoiceLinesEscape<Host: OrdersHost>(_ state: inout Host) -> [Host.AppEffect]? {
        guard let found = state.orders?.invoiceLines, found.load.isLoading else { return nil }
        state.orders?.invoiceLines?.load = .cancelled
        state.status = .warning("Stopped after \(Plural.count(found.searched, "invoice")); \(Plural.count(found.items.count, "line")) of \(found.orderID.rawValue) found")
        return [Host.ordersEffect(.cancelOrderInvoiceLines)]
    }

    /// The orders pane of a customer with one order selected, fetched by ID (it may be older than the list's pages
    /// or not listed yet): where a billed line leads.
    public static func openOrder<Host: OrdersHost>(
        _ orderID: OrderID, customerID: CustomerID, customerName: String, _ state: inout Host
    ) -> [Host.AppEffect] {
        var effects = openOrders(customerID: customerID, name: customerName, &state)
        state.orders?.wantedOrder = orderID
        state.orders?.invoiceLines = nil
        state.status = .info("Loading order \(orderID.rawValue) of \(customerName)…")
        effects.append(Host.ordersEffect(.loadOrder(customerID, orderID)))
        return effects
    }

    static func reduceReconciliation<Host: OrdersHost>(_ action: OrdersAction, _ state: inout Host) -> [Host.AppEffect] {
        guard var orders = state.orders else { return [] }
        defer { state.orders = orders }
        switch action {
        case .orderInvoiceLinesChosen(let id, let count):
            guard orders.invoiceLines?.orderID == id, orders.invoiceLines?.load.isLoading == true else { return [] }
            orders.invoiceLines?.total = count
            orders.invoiceLines?.load = .loading(loaded: 0, total: count)
        case .orderInvoiceLinesSearched(let id, let matches, let searched, let total):
            guard orders.invoiceLines?.orderID == id, orders.invoiceLines?.load.isLoading == true else { return [] }
            orders.invoiceLines?.items += matches
            orders.invoiceLines?.searched = searched
            orders.invoiceLines?.total = total
            orders.invoiceLines?.load = .loading(loaded: searched, total: total)
            state.status = .info("Invoice lines of \(id.rawValue): \(searched)/\(total) invoices read (Esc stops)")
        case .orderInvoiceLinesFinished(let id):
            guard var found = orders.invoiceLines, found.orderID == id, found.load.isLoading else { return [] }
            found.load = .loaded
            orders.invoiceLines = found
            state.status = found.items.isEmpty
                ? .warning("No one-time invoice line mentions order \(id.rawValue) (\(found.searched) invoices read)")
                : .info("\(Plural.count(found.items.count, "invoice line")) of \(id.rawValue)")
        case .orderInvoiceLinesFailed(let id, let message):
            guard orders.invoiceLines?.orderID == id, orders.invoiceLines?.load.isLoading == true else { return [] }
            orders.invoiceLines?.load = .failed(message)
            state.status = .error("Looking for the invoice lines of \(id.rawValue) failed: \(message)")
        case .orderLoaded(let customerID, let order):
            guard orders.customerID == customerID, orders.wantedOrder == order.id else { return [] }
            if !orders.items.contains(where: { $0.id == order.id }) {
                orders.items.append(order)
                orders.items.sort { ($0.creationDate ?? .distantPast) > ($1.creationDate ?? .distantPast) }
            }
            return selectWanted(&orders, &state)
        case .orderLoadFailed(let customerID, let id, let message):
            guard orders.customerID == customerID, orders.wantedOrder == id else { return [] }
            orders.wantedOrder = nil
            state.status = .error("Order \(id.rawValue) of \(orders.customerName) could not be loaded: \(message)")
        default:
            break
        }
        return []
    }

    /// Puts the cursor on the wanted order once it is in the list, and shows its provisioning.
    static func selectWanted<Host: OrdersHost>(_ orders: inout OrdersState, _ state: inout Host) -> [Host.AppEffect] {
        guard let wanted = orders.wantedOrder, let index = orders.items.firstIndex(where: { $0.id == wanted }) else { return [] }
        orders.table.select(index, count: orders.items.count)
        orders.table.ensureVisible(visibleRows: max(1, OrdersPane.tableRows(in: state.bodyFrame)),
                                   count: orders.items.count)
        orders.detail = OrderDetail(orderID: wanted)
        state.status = .success("Order \(wanted.rawValue) of \(orders.customerName)")
        return [Host.ordersEffect(.loadOrderProvisioning(orders.customerID, wanted, link: orders.items[index].provisioningLink))]
    }
}
