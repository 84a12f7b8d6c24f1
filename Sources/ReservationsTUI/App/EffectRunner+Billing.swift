import Foundation
import PartnerCenter
import ReservationsCore

extension EffectRunner {
    /// Balance, summaries and invoices (paged), and an invoice's one-time line items (continuation paging).
    func runBilling(_ effect: Effect) {
        let client = directory.client
        let mailbox = self.mailbox
        switch effect {
        case .loadBilling:
            replace(.billing) {
                async let balance: InvoiceSummary? = {
                    do {
                        let balance = try await client.invoices.balance()
                        mailbox.post(.balanceLoaded(balance))
                        return balance
                    } catch {
                        mailbox.postUnlessCancelled(.balanceFailed(Self.message(error)))
                        return nil
                    }
                }()
                async let summaries: [InvoiceSummary] = {
                    do {
                        let summaries = try await client.invoices.summaries()
                        mailbox.post(.invoiceSummariesLoaded(summaries))
                        return summaries
                    } catch {
                        mailbox.postUnlessCancelled(.invoiceSummariesFailed(Self.message(error)))
                        return []
                    }
                }()
                var invoices: [Invoice] = []
                do {
                    var page = try await client.invoices.list(size: 100)
                    while !Task.isCancelled {
                        invoices += page.items
                        mailbox.post(.invoicesPageLoaded(page.items, total: nil, isComplete: page.next == nil))
                        guard let next = try await client.nextPage(after: page) else { break }
                        page = next
                    }
                } catch {
                    mailbox.postUnlessCancelled(.invoicesFailed(Self.message(error)))
                }
                let currencies = UnbilledCharges.currencies(balance: await balance, summaries: await summaries, invoices: invoices)
                guard !Task.isCancelled else { return }
                await Self.loadUnbilled(currencies, client: client, mailbox: mailbox)
            }
        case .loadInvoiceLineItems(let id):
            replace(.lineItems) {
                do {
                    // The Graph export for G invoices from February 2024 (progress in the status line), else v1.
                    let invoice = try await client.invoices.byID(id).get()
                    let items = try await client.oneTimeLines(of: invoice) { progress in
                        mailbox.post(.invoiceExportProgress(id, Self.describe(progress)))
                    }
                    mailbox.postUnlessCancelled(.invoiceLineItemsPageLoaded(id, items, isComplete: true))
                } catch {
                    mailbox.postUnlessCancelled(.invoiceLineItemsFailed(id, Self.message(error)))
                }
            }
        case .cancelInvoiceLineItems:
            cancel(.lineItems)
        case .exportLineItems, .downloadStatement:
            runExport(effect)
        default:
            break
        }
    }
}

extension EffectRunner {
    /// This month's unbilled charges of each currency, the currencies side by side (each may be a Graph export
    /// that takes a while).
    static func loadUnbilled(_ currencies: [String], client: PartnerCenterClient, mailbox: Mailbox) async {
        mailbox.post(.unbilledCurrenciesChosen(currencies))
        await withTaskGroup(of: Void.self) { group in
            for currency in currencies {
                group.addTask {
                    do {
                        let items = try await client.unbilledOneTimeLines(currency: currency, months: [.current])
                        mailbox.post(.unbilledChargesLoaded(UnbilledCharges(currency: currency, month: Date(), items: items)))
                    } catch {
                        mailbox.postUnlessCancelled(.unbilledChargesFailed(currency: currency, Self.message(error)))
                    }
                }
            }
        }
    }

    /// A Graph export's progress in words for the status line.
    static func describe(_ progress: BillingExportsResource.Progress) -> String {
        switch progress {
        case .requested: "Asking Microsoft Graph for the invoice's lines…"
        case .preparing(let poll, let seconds): "Microsoft is preparing the export (look \(poll)); next look in \(seconds) s · Esc stops"
        case .downloading(let file, let total): "Downloading export file \(file) of \(total)…"
        }
    }
}

extension EffectRunner {
    /// CSV export and statement download: relative paths are in the current folder; an existing file is
    /// only replaced when `overwrite`; both go through a temporary file renamed into place.
    func runExport(_ effect: Effect) {
        let client = directory.client
        let mailbox = self.mailbox
        switch effect {
        case .exportLineItems(let items, let path, let overwrite):
            let url = Self.resolve(path)
            if !overwrite, FileManager.default.fileExists(atPath: url.path) { return mailbox.post(.exportTargetExists(path: path)) }
            do {
                let bytes = try ExportFile.write(try LineItemCSV.data(items), to: url)
                mailbox.post(.exportFinished(path: url.path, bytes: bytes))
            } catch {
                mailbox.post(.exportFailed("CSV export failed: \(Self.message(error))"))
            }
        case .downloadStatement(let id, let path, let overwrite):
            let url = Self.resolve(path)
            if !overwrite, FileManager.default.fileExists(atPath: url.path) { return mailbox.post(.exportTargetExists(path: path)) }
            track {
                do {
                    let bytes = try await client.invoices.byID(id).downloadStatement(to: url)
                    mailbox.post(.exportFinished(path: url.path, bytes: bytes))
                } catch {
                    mailbox.post(.exportFailed(StatementFailure.message(id, error)))
                }
            }
        default:
            break
        }
    }

    static func resolve(_ path: String) -> URL {
        let expanded = UserPath.expand(path)
        return URL(fileURLWithPath: expanded, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true))
            .standardizedFileURL
    }
}
