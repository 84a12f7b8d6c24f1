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
        return try await allItems(from: try await invoices.byID(invoice.id).oneTimeLineItems(size: 2000))
    }

    /// Which month's unbilled charges: the running one, or the one before (still unbilled until its invoice is issued).
    public enum UnbilledMonth: Sendable {
        case current, previous
    }

    /// The charges of `currency` not billed yet, of the given months in that order (by default last month's, then
    /// this month's): the Graph unbilled export where Graph is available, else v1 `GET /invoices/unbilled/lineitems`.
    public func unbilledOneTimeLines(
        currency: String, months: [UnbilledMonth] = [.previous, .current],
        progress: @escaping @Sendable (BillingExportsResource.Progress) -> Void = { _ in }
    ) async throws -> [InvoiceLineItem] {
        var lines: [InvoiceLineItem] = []
        for month in months {
            try Task.checkCancellation()
            if canExportFromGraph {
                lines += try await billingExports.unbilledReconciliation(
                    period: month == .current ? .current : .last, currency: currency, progress: progress)
            } else {
                lines += try await invoices.unbilledOneTimeLineItems(currency: currency, period: month == .current ? .current : .previous)
            }
        }
        return lines
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
