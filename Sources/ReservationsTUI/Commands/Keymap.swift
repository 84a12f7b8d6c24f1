import TerminalUI
import ScreenKit
import CustomersFeature

/// Resolves keys through the binding tables: the focused pane first, then the global table.
public enum Keymap {
    /// The binding tables that apply in `state`, most specific first.
    public static func layers(for state: AppState) -> [(scope: String, bindings: [Binding])] {
        [(state.focus.title, state.focus.screen.bindings), ("Global", GlobalBindings.all)]
    }

    /// Every table, for help and docs: the global one, then each screen's in Tab order.
    public static let allTables: [(scope: String, bindings: [Binding])] =
        [("Global", GlobalBindings.all)] + Pane.allCases.map { ($0.title, $0.screen.bindings) }

    /// Looks the key up in each layer in turn; the first match wins.
    public static func resolve(_ key: KeyChord, state: AppState) -> KeyResolution {
        for (_, bindings) in layers(for: state) {
            guard let binding = bindings.first(where: { $0.keys.contains(key) }) else { continue }
            if binding.isPurchase, state.environment.isReadOnly {
                return .refused(reason: readOnlyRefusal(binding, state: state))
            }
            if let reason = binding.unavailable(state) { return .refused(reason: reason) }
            if let perform = binding.perform { return .perform(perform) }
            if let command = binding.command { return .run(command) }
            return .unbound
        }
        return .unbound
    }

    /// `Read-only: purchases are off (started with --read-only)`: short enough for an 80-column status line.
    public static func readOnlyRefusal(_ binding: Binding, state: AppState) -> String {
        "Read-only: \(binding.readOnlyRefusal) (\(state.environment.readOnlyCause))"
    }

    /// Footer hints for the focused pane, then the global ones; while typing a filter, the filter's keys; while a
    /// dialog, form or help is open, its own keys (the pane under it takes none).
    public static func footerHints(for state: AppState) -> [FooterHint] {
        if let overlay = state.overlay { return OverlayFooter.hints(for: overlay, ascii: state.environment.isASCII) }
        if state.customers.isEditingFilter || state.focus.screen.isEditingFilter(state) {
            let arrows = state.environment.isASCII ? "Up/Down" : "↑/↓"
            return [
                FooterHint(key: "Enter", label: "keep filter"), FooterHint(key: "Esc", label: "clear filter"),
                FooterHint(key: arrows, label: "move"),
            ]
        }
        return layers(for: state).flatMap { $0.bindings }.compactMap { binding -> FooterHint? in
            guard let label = binding.footer, let key = binding.keys.first else { return nil }
            let enabled = binding.unavailable(state) == nil && !(binding.isPurchase && state.environment.isReadOnly)
            return FooterHint(key: state.environment.isASCII ? key.asciiName : key.displayName, label: label, isEnabled: enabled)
        }
    }
}
