import ReservationsCore

/// An order's invoice lines (a bounded search over the one-time invoices) and an order by ID.
struct ReconciliationEffects: EffectHandler {
    let search: OrderInvoiceLineSearch
    let orders: OrderBook

    func run(_ effect: Effect, in tasks: EffectTasks) {
        let search = self.search
        let orders = self.orders
        let mailbox = tasks.mailbox
        switch effect {
        case .findOrderInvoiceLines(let orderID, let orderDate, let currency):
            tasks.replace(.orderInvoiceLines) {
                do {
                    for try await event in search.lines(of: orderID, orderDate: orderDate, currency: currency) {
                        guard !Task.isCancelled else { return }
                        switch event {
                        case .invoicesChosen(let count):
                            mailbox.post(.orders(.orderInvoiceLinesChosen(orderID, invoices: count)))
                        case .invoiceSearched(_, let matches, let searched, let total):
                            mailbox.post(.orders(.orderInvoiceLinesSearched(orderID, matches: matches, searched: searched, total: total)))
                        }
                    }
                    mailbox.postUnlessCancelled(.orders(.orderInvoiceLinesFinished(orderID)))
                } catch {
                    mailbox.postUnlessCancelled(.orders(.orderInvoiceLinesFailed(orderID, EffectTasks.message(error))))
                }
            }
        case .cancelOrderInvoiceLines:
            tasks.cancel(.orderInvoiceLines)
        case .loadOrder(let customerID, let orderID):
            tasks.perform(.orderByID, { .orders(.orderLoaded(customerID, try await orders.order(customerID: customerID, orderID: orderID))) },
                          failed: { .orders(.orderLoadFailed(customerID, orderID, $0)) })
        default:
            break
        }
    }
}
