import ScreenKit
import Foundation
import Vocabulary
import ReservationsCore

/// Billing's loads and exports, carried as `Effect.billing(_:)` and run by ``BillingEffects``.
public enum BillingEffect: Equatable, Sendable {
    /// Fetch the balance, the summaries per currency and every page of invoices.
    case loadBilling
    /// Fetch an invoice's one-time line items page by page, replacing any such load.
    case loadInvoiceLineItems(InvoiceID)
    /// Stop a running line-item load.
    case cancelInvoiceLineItems
    /// Write line items as CSV to `path` (relative to the current folder); refuses an existing file unless `overwrite`.
    case exportLineItems([InvoiceLineRow], path: String, overwrite: Bool)
    /// Download an invoice's PDF statement to `path`; refuses an existing file unless `overwrite`.
    case downloadStatement(InvoiceID, path: String, overwrite: Bool)
}
