import Foundation
import ReservationsCore
import ScreenKit

/// Balance, summaries and invoices (paged), this month's unbilled charges, an invoice's one-time lines, and saving
/// lines as CSV or a statement as PDF.
public struct BillingEffects: FeatureEffectHandler {
    /// The tasks a newer one of the same kind replaces.
    enum Slot: TaskSlot {
        case billing
        case lineItems
    }

    let desk: BillingDesk
    /// The session's time (the in-process sandbox's clock on the sandbox).
    var clock: @Sendable () -> Date = { Date() }

    public init(desk: BillingDesk, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.desk = desk
        self.clock = clock
    }

    public func run(_ effect: BillingEffect, in tasks: FeatureTasks<BillingAction>) {
        let mailbox = tasks.mailbox
        switch effect {
        case .loadBilling:
            tasks.replace(Slot.billing) { await Self.loadBilling(desk, mailbox: mailbox, clock: clock) }
        case .loadInvoiceLineItems(let id):
            tasks.replace(Slot.lineItems) {
                do {
                    let items = try await desk.oneTimeLineRows(of: id) { progress in
                        mailbox.post(.invoiceExportProgress(id, progress))
                    }
                    mailbox.postUnlessCancelled(.invoiceLineItemsPageLoaded(id, items, isComplete: true))
                } catch {
                    mailbox.postUnlessCancelled(.invoiceLineItemsFailed(id, FailureText.of(error)))
                }
            }
        case .cancelInvoiceLineItems:
            tasks.cancel(Slot.lineItems)
        case .exportLineItems(let items, let path, let overwrite):
            // Relative paths are in the current folder; an existing file is only replaced when `overwrite`; the
            // file is written through a temporary one renamed into place.
            let url = Self.resolve(path)
            if !overwrite, FileManager.default.fileExists(atPath: url.path) { return mailbox.post(.exportTargetExists(path: path)) }
            do {
                let bytes = try ExportFile.write(try LineItemCSV.data(items), to: url)
                mailbox.post(.exportFinished(path: url.path, bytes: bytes))
            } catch {
                mailbox.post(.exportFailed("CSV export failed: \(FailureText.of(error))"))
            }
        case .downloadStatement(let id, let path, let overwrite):
            let url = Self.resolve(path)
            if !overwrite, FileManager.default.fileExists(atPath: url.path) { return mailbox.post(.exportTargetExists(path: path)) }
            tasks.track {
                do {
                    let bytes = try await desk.downloadStatement(id, to: url)
                    mailbox.post(.exportFinished(path: url.path, bytes: bytes))
                } catch {
                    mailbox.post(.exportFailed(StatementFailure.message(id, error)))
                }
            }
        }
    }

    /// Balance and summaries side by side with the invoice pages, then the unbilled charges of every currency
    /// they name.
    static func loadBilling(_ desk: BillingDesk, mailbox: Outbox<BillingAction>, clock: @escaping @Sendable () -> Date) async {
        async let balance = answer(mailbox, loaded: BillingAction.balanceLoaded, failed: BillingAction.balanceFailed) {
            try await desk.balanceRow()
        }
        async let summaries = answer(mailbox, loaded: BillingAction.invoiceSummariesLoaded, failed: BillingAction.invoiceSummariesFailed) {
            try await desk.summaryRows()
        }
        var invoices: [InvoiceRow] = []
        do {
            invoices = try await desk.invoiceRows(size: 100) { page, isLast in
                mailbox.post(.invoicesPageLoaded(page, total: nil, isComplete: isLast))
            }
        } catch {
            mailbox.postUnlessCancelled(.invoicesFailed(FailureText.of(error)))
        }
        let currencies = UnbilledCharges.currencies(ofBalance: await balance, summaries: await summaries ?? [], invoices: invoices)
        guard !Task.isCancelled else { return }
        await loadUnbilled(currencies, desk: desk, mailbox: mailbox, now: clock())
    }

    /// What `read` returns, posted as `loaded`; on failure nil, and `failed` with the error's line unless cancelled.
    static func answer<Value: Sendable>(
        _ mailbox: Outbox<BillingAction>, loaded: @Sendable (Value) -> BillingAction, failed: @Sendable (String) -> BillingAction,
        _ read: @Sendable () async throws -> Value
    ) async -> Value? {
        do {
            let value = try await read()
            mailbox.post(loaded(value))
            return value
        } catch {
            mailbox.postUnlessCancelled(failed(FailureText.of(error)))
            return nil
        }
    }

    /// This month's unbilled charges of each currency, the currencies side by side (each may be a Graph export
    /// that takes a while).
    static func loadUnbilled(_ currencies: [String], desk: BillingDesk, mailbox: Outbox<BillingAction>, now: Date) async {
        mailbox.post(.unbilledCurrenciesChosen(currencies))
        await withTaskGroup(of: Void.self) { group in
            for currency in currencies {
                group.addTask {
                    do {
                        mailbox.post(.unbilledChargesLoaded(try await desk.unbilledCharges(currency: currency, now: now)))
                    } catch {
                        mailbox.postUnlessCancelled(.unbilledChargesFailed(currency: currency, FailureText.of(error)))
                    }
                }
            }
        }
    }

    static func resolve(_ path: String) -> URL {
        let expanded = UserPath.expand(path)
        return URL(fileURLWithPath: expanded, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true))
            .standardizedFileURL
    }
}
