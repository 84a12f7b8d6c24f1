import Vocabulary
import ReservationsCore
import TerminalUI
import ScreenKit
import Foundation

/// The orders screen's reducer: opening it, its keys, and what its loads answer. Over any ``OrdersHost``, so it
/// changes only the orders' state and the status line.
public enum OrdersReducer {
    /// Opens the orders pane for a customer (the selected one from the lists, `:orders`, or after a checkout).
    public static func openOrders<Host: OrdersHost>(
        customerID: CustomerID, name: String, justPlaced: Set<OrderID> = [], _ state: inout Host
    ) -> [Host.AppEffect] {
        let effects = state.showOrdersScreen()
        var orders = state.orders?.customerID == customerID ? state.orders! : OrdersState(customerID: customerID, customerName: name)
        orders.justPlaced.formUnion(justPlaced)
        orders.load = .loading(loaded: 0, total: nil)
        orders.detail = nil
        state.orders = orders
        state.status = .info("Loading orders of \(name)…")
        return effects + [Host.ordersEffect(.loadOrders(customerID, oneTimeOnly: orders.oneTimeOnly))]
    }

    public static func openOrdersForSelection<Host: OrdersHost>(_ state: inout Host) -> [Host.AppEffect] {
        guard let customer = state.selectedCustomer else {
            state.status = .warning("Select a customer first")
            return []
        }
        return openOrders(customerID: customer.id, name: customer.name, &state)
    }

    public static func toggleOneTimeOrders<Host: OrdersHost>(_ state: inout Host) -> [Host.AppEffect] {
        guard var orders = state.orders else { return [] }
        orders.oneTimeOnly.toggle()
        orders.load = .loading(loaded: 0, total: nil)
        orders.detail = nil
        state.orders = orders
        state.status = .info(orders.oneTimeOnly ? "Showing one-time (reservation) orders" : "Showing all orders")
        return [Host.ordersEffect(.loadOrders(orders.customerID, oneTimeOnly: orders.oneTimeOnly))]
    }

    public static func showOrderDetail<Host: OrdersHost>(_ state: inout Host) -> [Host.AppEffect] {
        guard var orders = state.orders, let order = orders.selected else { return [] }
        orders.detail = OrderDetail(orderID: order.id)
        state.orders = orders
        return [Host.ordersEffect(.loadOrderProvisioning(orders.customerID, order.id, link: order.provisioningLink))]
    }

    public static func reduce<Host: OrdersHost>(_ action: OrdersAction, _ state: inout Host) -> [Host.AppEffect] {
        switch action {
        case .orderInvoiceLinesChosen, .orderInvoiceLinesSearched, .orderInvoiceLinesFinished, .orderInvoiceLinesFailed, .orderLoaded,
            .orderLoadFailed:
            return reduceReconciliation(action, &state)
        default:
            break
        }
        guard var orders = state.orders else { return [] }
        defer { state.orders = orders }
        switch action {
        case .ordersLoaded(let id, let items):
            guard id == orders.customerID else { return [] }
            // Newest first, as people look for what they just bought.
            // An order fetched by ID (opened from an invoice line) stays even if the list does not have it yet.
            // So does one this host placed that Partner Center does not list yet.
            let listed = Set(items.map(\.id))
            for id in orders.unlisted.keys where listed.contains(id) { orders.unlisted[id] = nil }
            let kept = orders.items.filter { ($0.id == orders.wantedOrder || orders.unlisted[$0.id] != nil) && !listed.contains($0.id) }
            orders.items = (items + kept).sorted { ($0.creationDate ?? .distantPast) > ($1.creationDate ?? .distantPast) }
            orders.load = .loaded
            orders.table.clamp(count: orders.items.count)
            if orders.wantedOrder != nil, orders.items.contains(where: { $0.id == orders.wantedOrder }) {
                return selectWanted(&orders, &state)
            }
            if let placed = orders.items.firstIndex(where: { orders.justPlaced.contains($0.id) }) {
                orders.table.select(placed, count: orders.items.count)
                orders.detail = OrderDetail(orderID: orders.items[placed].id)
                state.status = .success("\(Plural.count(orders.items.count, "order")); the new order is selected")
                return [Host.ordersEffect(.loadOrderProvisioning(orders.customerID, orders.items[placed].id, link: orders.items[placed].provisioningLink))]
            }
            state.status = .info("\(Plural.count(orders.items.count, "order")) of \(orders.customerName)")
        case .unlistedOrdersFound(let id, let found):
            guard id == orders.customerID else { return [] }
            let selectedID = orders.selected?.id
            for item in found {
                let row = item.row
                orders.unlisted[row.id] = item.placedAt
                if let index = orders.items.firstIndex(where: { $0.id == row.id }) {
                    orders.items[index] = row
                } else if !orders.oneTimeOnly || row.isOneTime {
                    orders.items.append(row)
                }
            }
            orders.items.sort { ($0.creationDate ?? .distantPast) > ($1.creationDate ?? .distantPast) }
            // What was just bought, else the newest order not listed yet: the one the operator is looking for.
            let placed = orders.items.firstIndex { orders.justPlaced.contains($0.id) } ?? orders.items.firstIndex { orders.unlisted[$0.id] != nil }
            if let index = placed ?? selectedID.flatMap({ id in orders.items.firstIndex { $0.id == id } }) {
                orders.table.select(index, count: orders.items.count)
            }
            orders.table.clamp(count: orders.items.count)
            state.status = .info("\(Plural.count(orders.items.count, "order")) · \(found.count) placed here, not yet listed by Partner Center")
            if let index = placed, orders.detail?.orderID != orders.items[index].id {
                orders.detail = OrderDetail(orderID: orders.items[index].id)
                return [Host.ordersEffect(.loadOrderProvisioning(orders.customerID, orders.items[index].id, link: orders.items[index].provisioningLink))]
            }
        case .ordersFailed(let id, let message):
            guard id == orders.customerID else { return [] }
            orders.load = .failed(message)
            state.status = .error("Could not load orders: \(message)")
        case .orderProvisioningLoaded(let id, let items):
            guard orders.detail?.orderID == id else { return [] }
            orders.detail?.provisioning = items
            orders.detail?.load = .loaded
        case .orderProvisioningFailed(let id, let message):
            guard orders.detail?.orderID == id else { return [] }
            orders.detail?.load = .failed(message)
        default:
            break
        }
        return []
    }
}
