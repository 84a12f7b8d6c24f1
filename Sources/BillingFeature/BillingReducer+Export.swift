import Foundation
import ReservationsCore
import TerminalUI
import Vocabulary
import ScreenKit

// MARK: - Export (CSV of line items, PDF statements)

extension BillingReducer {
    /// `x`: ask where to write the shown line items (default in the current folder).
    public static func startLineItemExport<Host: BillingHost>(_ state: inout Host) -> [Host.AppEffect] {
        guard let lineItems = state.billing?.lineItems, !lineItems.shown.isEmpty else {
            state.status = .warning("No line items shown to export")
            return []
        }
        let path = "\(lineItems.source.fileNamePart)-lineitems.csv"
        state.exportPrompt = ExportPrompt(kind: .lineItems(lineItems.shown), path: path)
        return []
    }

    /// `p`: ask where to save the selected invoice's statement.
    public static func startStatementDownload<Host: BillingHost>(_ state: inout Host) -> [Host.AppEffect] {
        guard let invoice = state.billing?.selected else {
            state.status = .warning(BillingBindings.noStatement(state) ?? "No invoice selected")
            return []
        }
        state.exportPrompt = ExportPrompt(kind: .statement(invoice.id), path: "\(ExportPrompt.fileNamePart(invoice.id.rawValue)).pdf")
        return []
    }

    public static func handleExportKey<Host: BillingHost>(
        _ key: KeyChord, prompt: ExportPrompt, _ state: inout Host
    ) -> [Host.AppEffect] {
        var prompt = prompt
        if prompt.isConfirmingOverwrite {
            state.exportPrompt = nil
            guard key == .char("y") || key == .char("Y") else {
                state.status = .info("Nothing written; \(prompt.field.text) is unchanged")
                return []
            }
            return [exportEffect(prompt, overwrite: true, &state)]
        }
        switch key {
        case .escape:
            state.exportPrompt = nil
            state.status = .info("Export cancelled")
            return []
        case .enter:
            let path = prompt.field.text.trimmingCharacters(in: .whitespaces)
            guard !path.isEmpty else {
                state.status = .warning("Type a file name, or Esc to cancel")
                return []
            }
            prompt.field = TextField(text: path)
            state.exportPrompt = nil
            return [exportEffect(prompt, overwrite: false, &state)]
        default:
            _ = prompt.field.handle(key)
            state.exportPrompt = prompt
            return []
        }
    }

    static func exportEffect<Host: BillingHost>(_ prompt: ExportPrompt, overwrite: Bool, _ state: inout Host) -> Host.AppEffect {
        state.pendingExport = prompt
        switch prompt.kind {
        case .lineItems(let items):
            state.status = .info("Writing \(Plural.count(items.count, "line item")) to \(prompt.field.text)…")
            return Host.billingEffect(.exportLineItems(items, path: prompt.field.text, overwrite: overwrite))
        case .statement(let id):
            state.status = .info("Downloading the statement of \(id.rawValue)…")
            return Host.billingEffect(.downloadStatement(id, path: prompt.field.text, overwrite: overwrite))
        }
    }

    static func reduceExport<Host: BillingHost>(_ action: BillingAction, _ state: inout Host) -> [Host.AppEffect] {
        switch action {
        case .exportFinished(let path, let bytes):
            state.pendingExport = nil
            state.status = .success("Wrote \(path) (\(bytes) bytes)")
        case .exportTargetExists(let path):
            guard var prompt = state.pendingExport else { return [] }
            prompt.field = TextField(text: path)
            prompt.isConfirmingOverwrite = true
            state.exportPrompt = prompt
        case .exportFailed(let message):
            state.pendingExport = nil
            state.status = .error(message)
        default:
            break
        }
        return []
    }
}
