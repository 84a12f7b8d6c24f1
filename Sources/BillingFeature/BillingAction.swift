import Vocabulary
import ReservationsCore
import ScreenKit

/// What the billing screen's loads and exports answer, carried as `Action.billing(_:)`.
public enum BillingAction: Equatable, Sendable {
    case balanceLoaded(InvoiceSummaryRow)
    case balanceFailed(String)
    case invoiceSummariesLoaded([InvoiceSummaryRow])
    case invoiceSummariesFailed(String)
    /// One page of invoices; `isComplete` on the last.
    case invoicesPageLoaded([InvoiceRow], total: Int?, isComplete: Bool)
    case invoicesFailed(String)
    /// One page of an invoice's one-time line items; `isComplete` on the last.
    case invoiceLineItemsPageLoaded(InvoiceID, [InvoiceLineRow], isComplete: Bool)
    case invoiceLineItemsFailed(InvoiceID, String)
    /// Where a Graph billing export of the invoice's lines stands, in words for the status line.
    case invoiceExportProgress(InvoiceID, String)
    /// The currencies whose unbilled charges of this month are being read.
    case unbilledCurrenciesChosen([String])
    /// One currency's unbilled charges of this month (possibly none).
    case unbilledChargesLoaded(UnbilledCharges)
    case unbilledChargesFailed(currency: String, String)
    /// An export was written: where, and how many bytes.
    case exportFinished(path: String, bytes: Int)
    /// The export's file exists and overwriting was not confirmed yet.
    case exportTargetExists(path: String)
    case exportFailed(String)
}
