import Vocabulary
import ReservationsCore
import ScreenKit

/// A row of the billing pane's upper list: one currency's unbilled charges of this month, or an issued invoice.
public enum BillingRow: Equatable, Sendable {
    case unbilled(UnbilledCharges)
    case invoice(InvoiceRow)

    /// What a row stands for, across reloads (an invoice by its ID, unbilled charges by their currency).
    public enum ID: Hashable, Sendable {
        case unbilled(currency: String)
        case invoice(InvoiceID)

        /// `G000000101`, or `this month (unbilled) USD`: in titles and status lines.
        public var text: String {
            switch self {
            case .unbilled(let currency): "this month (unbilled) \(currency)"
            case .invoice(let id): id.rawValue
            }
        }

        /// The start of an export's default file name.
        public var fileNamePart: String {
            switch self {
            case .unbilled(let currency): "unbilled-" + ExportPrompt.fileNamePart(currency)
            case .invoice(let id): ExportPrompt.fileNamePart(id.rawValue)
            }
        }
    }

    public var id: ID {
        switch self {
        case .unbilled(let charges): .unbilled(currency: charges.currency)
        case .invoice(let invoice): .invoice(invoice.id)
        }
    }
}
