import Foundation
import PartnerCenter

extension EffectRunner {
    /// Balance, summaries and invoices (paged), and an invoice's one-time line items (continuation paging).
    func runBilling(_ effect: Effect) {
        let client = directory.client
        let mailbox = self.mailbox
        switch effect {
        case .loadBilling:
            replace("billing") {
                async let balance: Void = {
                    do { mailbox.post(.balanceLoaded(try await client.invoices.balance())) } catch {
                        if !Task.isCancelled { mailbox.post(.balanceFailed(Self.message(error))) }
                    }
                }()
                async let summaries: Void = {
                    do { mailbox.post(.invoiceSummariesLoaded(try await client.invoices.summaries())) } catch {
                        if !Task.isCancelled { mailbox.post(.invoiceSummariesFailed(Self.message(error))) }
                    }
                }()
                do {
                    var page = try await client.invoices.list(size: 100)
                    while !Task.isCancelled {
                        mailbox.post(.invoicesPageLoaded(page.items, total: nil, isComplete: page.next == nil))
                        guard let next = try await client.nextPage(after: page) else { break }
                        page = next
                    }
                } catch {
                    if !Task.isCancelled { mailbox.post(.invoicesFailed(Self.message(error))) }
                }
                _ = await (balance, summaries)
            }
        case .loadInvoiceLineItems(let id):
            replace("line-items") {
                do {
                    var page = try await client.invoices.byID(id).oneTimeLineItems(size: 2000)
                    while !Task.isCancelled {
                        mailbox.post(.invoiceLineItemsPageLoaded(id, page.items, isComplete: page.next == nil))
                        guard let next = try await client.nextPage(after: page) else { break }
                        page = next
                    }
                } catch {
                    if !Task.isCancelled { mailbox.post(.invoiceLineItemsFailed(id, Self.message(error))) }
                }
            }
        case .cancelInvoiceLineItems:
            cancel("line-items")
        default:
            break
        }
    }
}
