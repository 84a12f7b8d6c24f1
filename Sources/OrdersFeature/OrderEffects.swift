import ReservationsCore
import ScreenKit
import Vocabulary

/// A customer's orders (with the ones this host placed that are not listed yet), their provisioning, an order by
/// ID, and an order's invoice lines (a bounded search over the one-time invoices).
public struct OrderEffects: FeatureEffectHandler {
    /// The tasks a newer one of the same kind replaces.
    enum Slot: TaskSlot {
        case orders
        case orderDetail
        case orderByID
        case orderInvoiceLines
    }

    let orders: OrderBook
    let search: OrderInvoiceLineSearch
    /// For the orders this host placed that Partner Center does not list yet.
    let purchases: (any UnlistedOrderFinder)?

    public init(orders: OrderBook, search: OrderInvoiceLineSearch, purchases: (any UnlistedOrderFinder)?) {
        self.orders = orders
        self.search = search
        self.purchases = purchases
    }

    public func run(_ effect: OrdersEffect, in tasks: FeatureTasks<OrdersAction>) {
        let mailbox = tasks.mailbox
        switch effect {
        case .loadOrders(let customerID, let oneTimeOnly):
            tasks.replace(Slot.orders) {
                do {
                    let items = try await orders.orderRows(customerID: customerID, oneTimeOnly: oneTimeOnly)
                    if Task.isCancelled { return }
                    mailbox.post(.ordersLoaded(customerID, items))
                    // Partner Center lists new orders up to 15 minutes late: what this host placed is read by ID.
                    if let purchases {
                        let unlisted = await purchases.unlistedOrders(customerID: customerID, listed: Set(items.map(\.id)))
                        if !unlisted.isEmpty, !Task.isCancelled { mailbox.post(.unlistedOrdersFound(customerID, unlisted)) }
                    }
                } catch {
                    mailbox.postUnlessCancelled(.ordersFailed(customerID, FailureText.of(error)))
                }
            }
        case .loadOrderProvisioning(let customerID, let orderID, let link):
            tasks.perform(Slot.orderDetail, {
                .orderProvisioningLoaded(orderID, try await orders.provisioningRows(customerID: customerID, orderID: orderID, following: link))
            }, failed: { .orderProvisioningFailed(orderID, $0) })
        case .findOrderInvoiceLines(let orderID, let orderDate, let currency):
            tasks.replace(Slot.orderInvoiceLines) {
                do {
                    for try await event in search.lines(of: orderID, orderDate: orderDate, currency: currency) {
                        guard !Task.isCancelled else { return }
                        switch event {
                        case .invoicesChosen(let count):
                            mailbox.post(.orderInvoiceLinesChosen(orderID, invoices: count))
                        case .invoiceSearched(_, let matches, let searched, let total):
                            mailbox.post(.orderInvoiceLinesSearched(orderID, matches: matches.map(InvoiceLineRow.init), searched: searched, total: total))
                        }
                    }
                    mailbox.postUnlessCancelled(.orderInvoiceLinesFinished(orderID))
                } catch {
                    mailbox.postUnlessCancelled(.orderInvoiceLinesFailed(orderID, FailureText.of(error)))
                }
            }
        case .cancelOrderInvoiceLines:
            tasks.cancel(Slot.orderInvoiceLines)
        case .loadOrder(let customerID, let orderID):
            tasks.perform(Slot.orderByID, { .orderLoaded(customerID, try await orders.orderRow(customerID: customerID, orderID: orderID)) },
                          failed: { .orderLoadFailed(customerID, orderID, $0) })
        }
    }
}
