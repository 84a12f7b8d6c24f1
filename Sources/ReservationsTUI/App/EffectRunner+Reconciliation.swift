import Foundation
import PartnerCenter
import ReservationsCore

extension EffectRunner {
    /// An order's invoice lines (a bounded search) and an order by ID.
    func runReconciliation(_ effect: Effect) {
        let client = directory.client
        let mailbox = self.mailbox
        switch effect {
        case .findOrderInvoiceLines(let orderID, let orderDate, let currency):
            replace(.orderInvoiceLines) {
                do {
                    let search = OrderInvoiceLineSearch(client: client)
                    for try await event in search.lines(of: orderID, orderDate: orderDate, currency: currency) {
                        guard !Task.isCancelled else { return }
                        switch event {
                        case .invoicesChosen(let count):
                            mailbox.post(.orderInvoiceLinesChosen(orderID, invoices: count))
                        case .invoiceSearched(_, let matches, let searched, let total):
                            mailbox.post(.orderInvoiceLinesSearched(orderID, matches: matches, searched: searched, total: total))
                        }
                    }
                    mailbox.postUnlessCancelled(.orderInvoiceLinesFinished(orderID))
                } catch {
                    mailbox.postUnlessCancelled(.orderInvoiceLinesFailed(orderID, Self.message(error)))
                }
            }
        case .cancelOrderInvoiceLines:
            cancel(.orderInvoiceLines)
        case .loadOrder(let customerID, let orderID):
            perform(.orderByID, { .orderLoaded(customerID, try await client.customers.byID(customerID).orders.byID(orderID).get()) },
                    failed: { .orderLoadFailed(customerID, orderID, $0) })
        default:
            break
        }
    }
}
