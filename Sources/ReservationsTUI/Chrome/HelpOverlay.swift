import TerminalUI
import Foundation
import ScreenKit

/// The `?` screen: every binding of every table, generated from the tables themselves.
enum HelpOverlay {
    static let keyColumnWidth = 18

    /// One help entry: keys and description, or a heading when `keys` is nil.
    struct Line: Equatable {
        var keys: String?
        var text: String
        var role: StyleRole
    }

    /// The focused pane's keys first, then the global ones, then every other pane's, the `:` verbs and notes;
    /// with a search, only the lines that contain it (under their headings). Purchase bindings are dimmed in
    /// read-only mode: listed (so the keys are known) but visibly off.
    static func lines(for help: HelpScreen, ascii: Bool, readOnly: Bool = false) -> [Line] {
        var sections: [(heading: String, lines: [Line])] = []
        let focused = help.focus.title
        let tables = Keymap.allTables.filter { $0.scope == focused } + Keymap.allTables.filter { $0.scope == "Global" }
            + Keymap.allTables.filter { $0.scope != focused && $0.scope != "Global" }
        for (scope, bindings) in tables {
            sections.append((scope == focused ? "\(scope) (this screen)" : scope, bindings.map { binding in
                let purchase = binding.isPurchase ? " (purchase)" : ""
                let role: StyleRole = binding.isPurchase && readOnly ? .dim : .text
                return Line(keys: binding.keyNames(ascii: ascii), text: binding.help + purchase, role: role)
            }))
        }
        sections.append(("Command line (:)", CommandLineVerb.all.map { Line(keys: $0.usage, text: $0.help, role: .text) }))
        sections.append(("Notes", [
            "Filter: type to narrow, Up/Down move, Enter keeps it, Esc clears it.",
            "Catalog filter: each word matches the start of a word in size, region, family, category or term (d2s eastus 3y); an exact region code wins.",
            "Days: calendar days left until expiry, counted in UTC as Partner Center's dates are.",
            "Esc stops a load, clears the filter, then goes back.",
            "Help: / searches, g and G go to the top and the end.",
        ].map { Line(keys: nil, text: $0, role: .dim) }))

        let query = help.search.text.trimmingCharacters(in: .whitespaces)
        var lines: [Line] = []
        for section in sections {
            let kept = query.isEmpty ? section.lines : section.lines.filter { line in
                [line.keys ?? "", line.text].contains { $0.range(of: query, options: [.caseInsensitive, .diacriticInsensitive]) != nil }
            }
            guard !kept.isEmpty else { continue }
            if !lines.isEmpty { lines.append(Line(keys: nil, text: "", role: .text)) }
            lines.append(Line(keys: nil, text: section.heading, role: .header))
            lines += kept
        }
        if lines.isEmpty { lines.append(Line(keys: nil, text: "Nothing matches \"\(query)\"; Esc clears the search.", role: .dim)) }
        return lines
    }

    /// Draws the help over the panes. body: across the whole width below 120 columns (so its border replaces
    /// the pane's instead of running beside it), centred and 100 wide beyond.
    static func render(_ help: HelpScreen, ascii: Bool, readOnly: Bool = false, frame: Rect, glyphs: Glyphs,
                       into canvas: inout some Canvas) {
        let all = lines(for: help, ascii: ascii, readOnly: readOnly)
        let width = frame.width < 120 ? frame.width : 100
        let area = Rect(x: frame.x + (frame.width - width) / 2, y: frame.y, width: width, height: max(3, frame.height))
        var content = area.inset(top: 1, left: 2, bottom: 1, right: 2)
        let showsSearch = help.isSearching || !help.search.text.isEmpty
        if showsSearch { content.size.height -= 1 }
        let start = min(max(0, help.scroll), max(0, all.count - content.height))
        let hasMore = start + content.height < all.count
        let title = " Keys · \(help.focus.title) — Esc closes, / searches" + (hasMore ? (ascii ? ", j for more " : ", ↓ for more ") : " ")
        canvas.fill(area, role: .text)
        canvas.box(area, title: title, borderRole: .modalBorder, titleRole: .modalTitle, glyphs: glyphs)
        for (offset, line) in all.dropFirst(start).prefix(content.height).enumerated() {
            let y = content.y + offset
            if let keys = line.keys {
                canvas.writeTruncated(keys, at: Point(x: content.x, y: y), width: keyColumnWidth - 1,
                                      role: line.role == .dim ? .dim : .footerKey,
                                      ellipsis: glyphs.ellipsis)
                canvas.writeTruncated(line.text, at: Point(x: content.x + keyColumnWidth, y: y),
                                      width: content.width - keyColumnWidth, role: line.role, ellipsis: glyphs.ellipsis)
            } else {
                canvas.writeTruncated(line.text, at: Point(x: content.x, y: y), width: content.width, role: line.role,
                                      ellipsis: glyphs.ellipsis)
            }
        }
        if showsSearch {
            help.search.render(
                prompt: "/", frame: Rect(x: content.x, y: content.maxY, width: content.width, height: 1),
                isFocused: help.isSearching, into: &canvas)
        }
    }
}
