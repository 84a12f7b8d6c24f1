import Foundation
import PartnerCenter

/// The partner's billing (§4.7, API notes 2 §1–2): balance, summaries, invoices page by page, an invoice's one-time
/// lines (from Graph or v1, whichever serves them), this month's unbilled lines, and statements.
public struct BillingDesk: Sendable {
    let client: PartnerCenterClient

    public init(client: PartnerCenterClient) {
        self.client = client
    }

    public func balance() async throws -> InvoiceSummary {
        try await client.invoices.balance()
    }

    public func summaries() async throws -> [InvoiceSummary] {
        try await client.invoices.summaries()
    }

    /// Reads the invoices `size` at a time and hands each page to `page` (with whether it is the last), until the
    /// last page or until the task is cancelled. Returns every invoice read.
    public func invoices(size: Int = 100, page onPage: ([Invoice], _ isLast: Bool) -> Void) async throws -> [Invoice] {
        var invoices: [Invoice] = []
        do {
            try await client.forEachPage(from: try await client.invoices.list(size: size)) { page in
                invoices += page.items
                onPage(page.items, page.next == nil)
            }
        } catch is CancellationError {
            // Stopped between pages: what was read stands.
        }
        return invoices
    }

    /// The invoice's one-time lines: the Graph export for G invoices from February 2024 (with its progress), else v1.
    public func oneTimeLines(
        of id: InvoiceID, progress: @escaping @Sendable (BillingExportsResource.Progress) -> Void
    ) async throws -> [InvoiceLineItem] {
        let invoice = try await client.invoices.byID(id).get()
        return try await client.oneTimeLines(of: invoice, progress: progress)
    }

    /// This month's one-time charges in `currency` that no invoice holds yet.
    public func unbilledLines(currency: String) async throws -> [InvoiceLineItem] {
        try await client.unbilledOneTimeLines(currency: currency, months: [.current])
    }

    // MARK: - As the screens show them

    public func balanceRow() async throws -> InvoiceSummaryRow { InvoiceSummaryRow(try await balance()) }

    public func summaryRows() async throws -> [InvoiceSummaryRow] { try await summaries().map(InvoiceSummaryRow.init) }

    /// `invoices(size:page:)` as rows.
    public func invoiceRows(size: Int = 100, page onPage: ([InvoiceRow], _ isLast: Bool) -> Void) async throws -> [InvoiceRow] {
        var rows: [InvoiceRow] = []
        _ = try await invoices(size: size) { page, isLast in
            let pageRows = page.map(InvoiceRow.init)
            rows += pageRows
            onPage(pageRows, isLast)
        }
        return rows
    }

    /// `oneTimeLines(of:progress:)` as rows, the export's progress in words for a status line.
    public func oneTimeLineRows(of id: InvoiceID, progress: @escaping @Sendable (String) -> Void) async throws -> [InvoiceLineRow] {
        try await oneTimeLines(of: id) { progress(Self.describe($0)) }.map(InvoiceLineRow.init)
    }

    /// This month's unbilled charges in `currency`, dated `now`'s month.
    public func unbilledCharges(currency: String, now: Date) async throws -> UnbilledCharges {
        UnbilledCharges(currency: currency, month: now, items: try await unbilledLines(currency: currency))
    }

    /// A Graph export's progress in words for the status line.
    public static func describe(_ progress: BillingExportsResource.Progress) -> String {
        switch progress {
        case .requested: "Asking Microsoft Graph for the invoice's lines…"
        case .preparing(let poll, let seconds): "Microsoft is preparing the export (look \(poll)); next look in \(seconds) s · Esc stops"
        case .downloading(let file, let total): "Downloading export file \(file) of \(total)…"
        }
    }

    /// Saves the invoice's PDF statement at `url`; returns its size in bytes.
    public func downloadStatement(_ id: InvoiceID, to url: URL) async throws -> Int {
        try await client.invoices.byID(id).downloadStatement(to: url)
    }
}
