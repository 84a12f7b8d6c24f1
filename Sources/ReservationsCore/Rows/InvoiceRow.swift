import Foundation
import PartnerCenter

/// One issued invoice as the billing screen and its chart show it.
public struct InvoiceRow: Equatable, Sendable {
    let invoice: Invoice

    public init(_ invoice: Invoice) { self.invoice = invoice }

    public var id: InvoiceID { invoice.id }
    public var invoiceDate: Date? { invoice.invoiceDate }
    /// A one-time (reservation) invoice, however the service spells its type.
    public var isOneTime: Bool { invoice.isOneTime }
    public var totalCharges: Decimal { invoice.totalCharges }
    public var paidAmount: Decimal? { invoice.paidAmount }
    public var currencyCode: String? { invoice.currencyCode }
}
