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
        var page = try await client.invoices.list(size: size)
        while !Task.isCancelled {
            invoices += page.items
            onPage(page.items, page.next == nil)
            guard let next = try await client.nextPage(after: page) else { break }
            page = next
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

    /// Saves the invoice's PDF statement at `url`; returns its size in bytes.
    public func downloadStatement(_ id: InvoiceID, to url: URL) async throws -> Int {
        try await client.invoices.byID(id).downloadStatement(to: url)
    }
}
