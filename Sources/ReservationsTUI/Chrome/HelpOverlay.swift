import TerminalUI

/// The `?` screen: every binding of every table, generated from the tables themselves.
enum HelpOverlay {
    static let keyColumnWidth = 18

    /// One help entry: keys and description, or a heading when `keys` is nil.
    struct Line: Equatable {
        var keys: String?
        var text: String
        var role: StyleRole
    }

    /// Purchase bindings are dimmed in read-only mode: listed (so the keys are known) but visibly off.
    static func lines(ascii: Bool, readOnly: Bool = false) -> [Line] {
        var lines: [Line] = []
        for (scope, bindings) in Keymap.allTables {
            if !lines.isEmpty { lines.append(Line(keys: nil, text: "", role: .text)) }
            lines.append(Line(keys: nil, text: scope, role: .header))
            for binding in bindings {
                let purchase = binding.isPurchase ? " (purchase)" : ""
                let role: StyleRole = binding.isPurchase && readOnly ? .dim : .text
                lines.append(Line(keys: binding.keyNames(ascii: ascii), text: binding.help + purchase, role: role))
            }
        }
        lines.append(Line(keys: nil, text: "", role: .text))
        lines.append(Line(keys: nil, text: "Filter: type to narrow, Up/Down move, Enter keeps it, Esc clears it.", role: .dim))
        lines.append(Line(keys: nil, text: "Catalog filter: every word must match (d2s eastus 3y).", role: .dim))
        lines.append(Line(keys: nil, text: "Esc stops a load, clears the filter, then goes back.", role: .dim))
        lines.append(Line(keys: nil, text: "Command line: :customer NAME, :help, :quit.", role: .dim))
        return lines
    }

    static func render(scroll: Int, ascii: Bool, readOnly: Bool = false, frame: Rect, glyphs: Glyphs,
                       into canvas: inout some Canvas) {
        let all = lines(ascii: ascii, readOnly: readOnly)
        let area = frame.centered(Size(width: min(frame.width - 2, 80), height: max(3, frame.height - 2)))
        let content = area.inset(top: 1, left: 2, bottom: 1, right: 2)
        let start = min(max(0, scroll), max(0, all.count - content.height))
        let hasMore = start + content.height < all.count
        let title = " Keys — Esc closes" + (hasMore ? (ascii ? ", j for more " : ", ↓ for more ") : " ")
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
    }
}
