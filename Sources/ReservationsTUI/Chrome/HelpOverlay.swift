import TerminalUI

/// The `?` screen: every binding of every table, generated from the tables themselves.
enum HelpOverlay {
    /// The help text, one styled line each: group headings, then `keys  description`.
    static func lines(ascii: Bool) -> [StyledText] {
        var lines: [StyledText] = []
        for (scope, bindings) in Keymap.allTables {
            if !lines.isEmpty { lines.append("") }
            lines.append(StyledText(scope, role: .header))
            for binding in bindings {
                let keys = DisplayWidth.pad(binding.keyNames(ascii: ascii), to: 18)
                let purchase = binding.isPurchase ? " (purchase)" : ""
                lines.append(StyledText("  \(keys)\(binding.help)\(purchase)"))
            }
        }
        lines.append("")
        lines.append(StyledText("In the filter: type to narrow, ↑/↓ move, Enter keeps it, Esc clears it.", role: .dim))
        lines.append(StyledText("Command line: :customer NAME, :help, :quit.", role: .dim))
        return lines
    }

    static func render(scroll: Int, ascii: Bool, frame: Rect, glyphs: Glyphs, into canvas: inout some Canvas) {
        let all = lines(ascii: ascii)
        let width = min(frame.width - 2, 76)
        let height = max(3, frame.height - 2)
        let visible = max(1, height - 2)
        let start = min(scroll, max(0, all.count - visible))
        let shown = Array(all.dropFirst(start).prefix(visible))
        let more = start + visible < all.count ? " (↓ more)" : ""
        let modal = Modal(title: " Keys — Esc closes\(ascii ? more.replacingOccurrences(of: "↓", with: "j") : more) ", body: shown)
        modal.render(size: Size(width: width, height: height), in: frame, glyphs: glyphs, into: &canvas)
    }
}
