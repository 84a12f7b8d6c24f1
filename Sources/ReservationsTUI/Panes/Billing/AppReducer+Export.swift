import Foundation
import ReservationsCore
import TerminalUI
import Vocabulary
import ScreenKit

// MARK: - Export (CSV of line items, PDF statements)

extension AppReducer {
    /// `x`: ask where to write the shown line items (default in the current folder).
    static func startLineItemExport(_ state: inout AppState) -> [Effect] {
        guard let lineItems = state.billing?.lineItems, !lineItems.shown.isEmpty else {
            state.status = .warning("No line items shown to export")
            return []
        }
        let path = "\(lineItems.source.fileNamePart)-lineitems.csv"
        state.overlay = .export(ExportPrompt(kind: .lineItems(lineItems.shown), path: path))
        return []
    }

    /// `p`: ask where to save the selected invoice's statement.
    static func startStatementDownload(_ state: inout AppState) -> [Effect] {
        guard let invoice = state.billing?.selected else {
            state.status = .warning(BillingBindings.noStatement(state) ?? "No invoice selected")
            return []
        }
        state.overlay = .export(ExportPrompt(kind: .statement(invoice.id), path: "\(ExportPrompt.fileNamePart(invoice.id.rawValue)).pdf"))
        return []
    }

    static func handleExportKey(_ key: KeyChord, prompt: ExportPrompt, _ state: inout AppState) -> [Effect] {
        var prompt = prompt
        if prompt.isConfirmingOverwrite {
            state.overlay = nil
            guard key == .char("y") || key == .char("Y") else {
                state.status = .info("Nothing written; \(prompt.field.text) is unchanged")
                return []
            }
            return [exportEffect(prompt, overwrite: true, &state)]
        }
        switch key {
        case .escape:
            state.overlay = nil
            state.status = .info("Export cancelled")
            return []
        case .enter:
            let path = prompt.field.text.trimmingCharacters(in: .whitespaces)
            guard !path.isEmpty else {
                state.status = .warning("Type a file name, or Esc to cancel")
                return []
            }
            prompt.field = TextField(text: path)
            state.overlay = nil
            return [exportEffect(prompt, overwrite: false, &state)]
        default:
            _ = prompt.field.handle(key)
            state.overlay = .export(prompt)
            return []
        }
    }

    static func exportEffect(_ prompt: ExportPrompt, overwrite: Bool, _ state: inout AppState) -> Effect {
        state.pendingExport = prompt
        switch prompt.kind {
        case .lineItems(let items):
            state.status = .info("Writing \(Plural.count(items.count, "line item")) to \(prompt.field.text)…")
            return .billing(.exportLineItems(items, path: prompt.field.text, overwrite: overwrite))
        case .statement(let id):
            state.status = .info("Downloading the statement of \(id.rawValue)…")
            return .billing(.downloadStatement(id, path: prompt.field.text, overwrite: overwrite))
        }
    }

    static func reduceExport(_ action: BillingAction, _ state: inout AppState) -> [Effect] {
        switch action {
        case .exportFinished(let path, let bytes):
            state.pendingExport = nil
            state.status = .success("Wrote \(path) (\(bytes) bytes)")
        case .exportTargetExists(let path):
            guard var prompt = state.pendingExport else { return [] }
            prompt.field = TextField(text: path)
            prompt.isConfirmingOverwrite = true
            state.overlay = .export(prompt)
        case .exportFailed(let message):
            state.pendingExport = nil
            state.status = .error(message)
        default:
            break
        }
        return []
    }
}
