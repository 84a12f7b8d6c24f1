import TerminalUI
import ScreenKit
/// `docs/keybindings.md`, generated from the binding tables so the doc cannot drift from the code.
public enum KeybindingsDoc {
    public static func markdown() -> String {
        var lines = [
            "# Key bindings", "",
            "Generated from the binding tables in `Sources/ReservationsTUI` by `make keybindings-doc`;",
            "a test fails when this file is stale. Keys are resolved in the focused pane first, then globally.", "",
        ]
        for (scope, bindings) in Keymap.allTables {
            lines.append("## \(scope)")
            lines.append("")
            lines.append("| Keys | Command | What it does | Footer |")
            lines.append("|---|---|---|---|")
            for binding in bindings {
                let keys = binding.keys.map { "`\($0.asciiName)`" }.joined(separator: ", ")
                let help = binding.help + (binding.isPurchase ? " (purchase; refused in read-only mode)" : "")
                lines.append("| \(keys) | `\(binding.name)` | \(help) | \(binding.footer ?? "") |")
            }
            lines.append("")
        }
        lines.append("## Command line")
        lines.append("")
        lines.append("`:` opens the command line. Verbs (other names in brackets):")
        lines.append("")
        lines.append("| Verb | What it does |")
        lines.append("|---|---|")
        for verb in CommandLineVerb.all {
            let aliases = verb.names.dropFirst().map { ":\($0)" }.joined(separator: ", ")
            lines.append("| `\(verb.usage)`\(aliases.isEmpty ? "" : " (\(aliases))") | \(verb.help) |")
        }
        lines.append("")
        lines.append("## Filter")
        lines.append("")
        lines.append("- `/` opens the filter: type to narrow, `Up`/`Down` move through matches, `Enter` keeps the filter, `Esc` clears it.")
        lines.append("- In the catalog, `/` filters SKUs: each space-separated word must match the start of a word in the size, region name or code, family, category or term (`d2s eastus 3y`); an exact region code wins over longer ones (`eastus` is not `eastus2`).")
        lines.append("- In `?` help, `/` searches the keys and `g`/`G` go to the top and the end.")
        lines.append("- `Esc` elsewhere stops a running load, leaves the subscriptions pane or the catalog, or clears the filter.")
        return lines.joined(separator: "\n") + "\n"
    }
}
