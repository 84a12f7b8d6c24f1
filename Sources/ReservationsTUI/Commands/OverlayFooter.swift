import TerminalUI
import CartFeature
import BillingFeature

/// The footer while a dialog, form or the help is open: the keys that overlay takes, since the pane under it
/// takes none.
enum OverlayFooter {
    static func hints(for overlay: Overlay, ascii: Bool) -> [FooterHint] {
        let arrows = ascii ? "Up/Down" : "↑/↓"
        let sideways = ascii ? "Left/Right" : "←/→"
        func hint(_ key: String, _ label: String) -> FooterHint { FooterHint(key: key, label: label) }
        switch overlay {
        case .help(let help):
            if help.isSearching { return [hint("Enter", "keep search"), hint("Esc", "clear search")] }
            return [hint(arrows, "scroll"), hint("/", "search"), hint("g/G", "top/end"), hint("Esc", help.search.text.isEmpty ? "close" : "clear search")]
        case .commandLine:
            return [hint("Enter", "run"), hint("Esc", "cancel"), hint(":help", "lists the verbs")]
        case .cartForm(let form):
            return [hint("Tab", "next field"), hint(sideways, "choose"), hint("Enter", form.isEditing ? "save" : "add"), hint("Esc", "cancel")]
        case .checkout(let flow):
            switch flow.stage {
            case .checking: return [hint("Esc", "cancel")]
            case .sending: return [hint("…", "waiting for Partner Center")]
            case .problems: return [hint("Enter/Esc", "close")]
            case .confirming, .confirmingDuplicate:
                return [hint(flow.requiredWord, "type to confirm"), hint("Tab", "Cancel/Buy"), hint("Enter", "press"), hint("Esc", "cancel")]
            case .failed: return [hint("r", "retry (same request)"), hint("Tab", "choose"), hint("Esc", "keep the cart")]
            case .refused: return [hint("r", "retry"), hint("Tab", "choose"), hint("Esc", "keep the cart")]
            case .finished(let report):
                return report.orders.isEmpty ? [hint("Enter", "close")] : [hint("Enter", "view orders"), hint("Esc", "close")]
            }
        case .unfinished:
            return [hint("Tab", "choose"), hint("Enter", "press"), hint("Esc", "later")]
        case .export(let prompt):
            if prompt.isConfirmingOverwrite { return [hint("y", "overwrite"), hint("any key", "keep the file")] }
            return [hint("Enter", "write"), hint("Esc", "cancel")]
        }
    }
}
