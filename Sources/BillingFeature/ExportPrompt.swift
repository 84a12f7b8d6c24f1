import Foundation
import ReservationsCore
import Vocabulary
import TerminalUI
import ScreenKit

/// The status-line prompt of an export: where to write, then (if the file exists) whether to overwrite.
public struct ExportPrompt: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// The shown line items, as CSV.
        case lineItems([InvoiceLineRow])
        /// An invoice's PDF statement.
        case statement(InvoiceID)
    }

    public var kind: Kind
    public var field: TextField
    /// Set once the runner found the file; `y` overwrites, anything else cancels.
    public var isConfirmingOverwrite = false

    public init(kind: Kind, path: String) {
        self.kind = kind
        self.field = TextField(text: path)
    }

    /// What the status line shows before the field.
    public var label: String {
        if isConfirmingOverwrite { return "\(field.text) exists. Overwrite? (y/N) " }
        switch kind {
        case .lineItems(let items): return "Export \(Plural.count(items.count, "line item")) to: "
        case .statement(let id): return "Save the statement of \(id.rawValue) to: "
        }
    }

    /// A server ID as part of a default file name: only `A-Z a-z 0-9 _ -` (an ID such as `../x` or one with a
    /// slash must not choose the folder); `invoice` when nothing is left.
    public static func fileNamePart(_ id: String) -> String {
        let kept = String(String.UnicodeScalarView(id.unicodeScalars.filter { scalar in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || scalar == "_" || scalar == "-")
        }))
        return kept.isEmpty ? "invoice" : kept
    }
}
