import Foundation

extension PartnerCenterClient {
    /// Every one-time line of an invoice, from where Microsoft serves it today (API notes 2, §1.9): a new-commerce
    /// invoice (`G…`) of a billing period from February 2024 on through the Graph billed export, any other through
    /// v1 `GET /invoices/{id}/lineitems` (all pages). Without Graph (US Government) v1 is used throughout.
    public func oneTimeLines(
        of invoice: Invoice, progress: @escaping @Sendable (BillingExportsResource.Progress) -> Void = { _ in }
    ) async throws -> [InvoiceLineItem] {
        if canExportFromGraph, InvoiceLineSource.usesGraph(invoiceID: invoice.id, billingPeriodStart: invoice.billingPeriodStartDate ?? invoice.invoiceDate) {
            return try await billingExports.billedReconciliation(invoiceID: invoice.id, progress: progress)
        }
        var page = try await invoices.byID(invoice.id).oneTimeLineItems(size: 2000)
        var items = page.items
        while let next = try await nextPage(after: page) {
            try Task.checkCancellation()
            items += next.items
            page = next
        }
        return items
    }

    /// The charges of `currency` not billed yet, this month's and last month's: the Graph unbilled export where Graph
    /// is available, else v1 `GET /invoices/unbilled/lineitems` (period `current`, then `previous`).
    public func unbilledOneTimeLines(
        currency: String, progress: @escaping @Sendable (BillingExportsResource.Progress) -> Void = { _ in }
    ) async throws -> [InvoiceLineItem] {
        if canExportFromGraph {
            let current = try await billingExports.unbilledReconciliation(period: .current, currency: currency, progress: progress)
            let last = try await billingExports.unbilledReconciliation(period: .last, currency: currency, progress: progress)
            return last + current
        }
        return try await invoices.unbilledOneTimeLineItems(currency: currency, period: .previous)
            + invoices.unbilledOneTimeLineItems(currency: currency, period: .current)
    }
}

/// Which API holds an invoice's one-time lines.
public enum InvoiceLineSource {
    /// The first billing period whose new-commerce lines come only from the Graph export.
    public static let graphFrom: Date = {
        var components = DateComponents(year: 2024, month: 2, day: 1)
        components.timeZone = TimeZone(identifier: "UTC")
        return Calendar(identifier: .gregorian).date(from: components) ?? .distantPast
    }()

    /// The notes' decision rule: new-commerce (`G…`) and a billing period from February 2024 on. An unknown period
    /// counts as recent.
    public static func usesGraph(invoiceID: InvoiceID, billingPeriodStart: Date?) -> Bool {
        invoiceID.rawValue.uppercased().hasPrefix("G") && (billingPeriodStart ?? .distantFuture) >= graphFrom
    }
}
