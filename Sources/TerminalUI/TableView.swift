/// Draws a table: a header row, rows with the selection highlighted and marked, and a position
/// indicator (`12/340`) at the right of the header.
///
/// Rows come from a provider called only for the rows on screen, so drawing costs the same for 30 rows
/// as for 100,000:
///
/// ```swift
/// TableView.render(columns: columns, rowCount: customers.count, row: { index in
///     let customer = customers[index]
///     return [TableCell(customer.name), TableCell(customer.country, role: .badgeMarket)]
/// }, state: pane.table, frame: frame, isFocused: true, glyphs: glyphs, into: &grid)
/// ```
///
/// Layout inside `frame`: row 0 is the header; the rest are data rows. Each row starts with a two-column
/// gutter that holds the selection marker. Cells are truncated with the ellipsis glyph and aligned per
/// column. The selected row gets the marker, and its gutter and the text of its first column are painted with
/// `selection` (focused) or `selection.unfocused`; the other cells keep their roles.
///
/// Why not the whole row: a cursor move then repaints two whole rows, about 400 bytes at 120 columns, where
/// the marker and the first column's text are under 200. Operators work over SSH links that are sometimes slow, and
/// the marker plus the highlighted name is as easy to follow (mutt's `arrow_cursor` makes the same trade).
public enum TableView {
    /// Where one column sits, relative to the first column after the gutter.
    public struct ColumnSlot: Hashable, Sendable {
        /// Offset of the column's first cell from the start of the content area.
        public var offset: Int
        /// Columns available to the cells.
        public var width: Int
    }

    /// Width of the marker gutter at the start of every row.
    public static let gutterWidth = 2

    /// The number of data rows that fit in `frame` (its height minus the header row).
    public static func visibleRowCount(in frame: Rect) -> Int {
        max(0, frame.height - 1)
    }

    /// The `12/340` position text for `state` over `rowCount` rows (`0/0` when empty).
    public static func positionText(state: TableState, rowCount: Int) -> String {
        guard rowCount > 0 else { return "0/0" }
        let selected = min(max(0, state.selectedIndex), rowCount - 1) + 1
        return "\(selected)/\(rowCount)"
    }

    /// Places columns in `width` cells: fixed columns get their width, flexible ones at least their
    /// minimum plus an equal share of what is left (earlier columns take the odd cells). Columns that do
    /// not fit are cut at the right edge or left out (width 0).
    public static func layout(_ columns: [TableColumn], width: Int, spacing: Int = 2) -> [ColumnSlot] {
        guard !columns.isEmpty else { return [] }
        let flexibleCount = columns.filter { if case .flexible = $0.width { true } else { false } }.count
        let base = columns.map { column -> Int in
            switch column.width {
            case .fixed(let value): return max(0, value)
            case .flexible(let minimum): return max(0, minimum)
            }
        }
        var extra = max(0, width - base.reduce(0, +) - spacing * (columns.count - 1))
        var slots: [ColumnSlot] = []
        var offset = 0
        var flexibleSeen = 0
        for (column, baseWidth) in zip(columns, base) {
            var columnWidth = baseWidth
            if case .flexible = column.width, flexibleCount > 0 {
                let share = extra / (flexibleCount - flexibleSeen)
                columnWidth += share
                extra -= share
                flexibleSeen += 1
            }
            let visible = max(0, min(columnWidth, width - offset))
            slots.append(ColumnSlot(offset: min(offset, width), width: visible))
            offset += columnWidth + spacing
        }
        return slots
    }

    /// Where `render` puts the columns of a table in `frame`: the content area after the gutter (without the
    /// position indicator) and each column's slot in it. A pane uses it to draw across a row's empty columns.
    public static func contentLayout(
        _ columns: [TableColumn], rowCount: Int, frame: Rect, showsPosition: Bool = true, columnSpacing: Int = 2
    ) -> (area: Rect, slots: [ColumnSlot]) {
        let count = max(0, rowCount)
        // The position indicator keeps a fixed width for a given count, so columns do not jump while scrolling;
        // an empty table keeps the room of a one-digit count, so rows arriving (a list loading, a customer's
        // subscriptions after a cursor move) do not shift the columns and repaint the header and every row.
        var indicatorWidth = 0
        if showsPosition {
            indicatorWidth = String(max(count, 1)).count * 2 + 1
            if frame.width - gutterWidth - indicatorWidth - columnSpacing < 4 { indicatorWidth = 0 }
        }
        let contentWidth = max(0, frame.width - gutterWidth - (indicatorWidth > 0 ? indicatorWidth + columnSpacing : 0))
        let area = Rect(x: frame.x + gutterWidth, y: frame.y, width: contentWidth, height: frame.height)
        return (area, layout(columns, width: contentWidth, spacing: columnSpacing))
    }

    /// Draws the table from a row provider that is called only for the rows on screen.
    ///
    /// - Parameters:
    ///   - columns: Column titles, widths and alignment.
    ///   - rowCount: How many rows exist in total.
    ///   - row: Returns the cells of row `index`; missing cells draw empty, extra cells are ignored.
    ///   - state: Selection and scroll position; drawn as ``TableState/normalized(visibleRows:count:)``.
    ///   - frame: Where to draw; it is cleared first.
    ///   - isFocused: Picks `selection` or `selection.unfocused` for the selected row.
    ///   - glyphs: Marker and ellipsis characters.
    ///   - emptyText: Shown in `dim` when there are no rows.
    ///   - showsPosition: Whether to show `selected/total` at the right of the header.
    ///   - columnSpacing: Blank columns between columns.
    ///   - canvas: The canvas to draw into.
    public static func render(
        columns: [TableColumn], rowCount: Int, row: (Int) -> [TableCell], state: TableState, frame: Rect,
        isFocused: Bool, glyphs: Glyphs = .unicode, emptyText: String = "No rows", showsPosition: Bool = true,
        columnSpacing: Int = 2, into canvas: inout some Canvas
    ) {
        guard frame.width > 0, frame.height > 0 else { return }
        canvas.fill(frame, role: .text)
        let count = max(0, rowCount)
        let visibleRows = visibleRowCount(in: frame)
        let drawn = state.normalized(visibleRows: visibleRows, count: count)

        let (area, slots) = contentLayout(columns, rowCount: count, frame: frame, showsPosition: showsPosition, columnSpacing: columnSpacing)
        let contentX = area.x
        // The content area leaves room for the indicator only when it is shown (an empty table shows 0/0).
        let showsIndicator = showsPosition && area.width < frame.width - gutterWidth

        for (column, slot) in zip(columns, slots) where slot.width > 0 {
            canvas.write(column.title, in: Rect(x: contentX + slot.offset, y: frame.y, width: slot.width, height: 1),
                         alignment: column.alignment, role: .header, ellipsis: glyphs.ellipsis)
        }
        if showsIndicator {
            canvas.writeRightAligned(positionText(state: drawn, rowCount: count), at: Point(x: frame.x, y: frame.y),
                                     width: frame.width, role: .dim)
        }

        guard count > 0 else {
            if visibleRows > 0 {
                canvas.writeTruncated(emptyText, at: Point(x: contentX, y: frame.y + 1),
                                      width: frame.width - gutterWidth, role: .dim, ellipsis: glyphs.ellipsis)
            }
            return
        }

        let selectionRole: StyleRole = isFocused ? .selection : .selectionUnfocused
        for (line, index) in drawn.visibleRange(visibleRows: visibleRows, count: count).enumerated() {
            let y = frame.y + 1 + line
            let isSelected = index == drawn.selectedIndex
            if isSelected {
                canvas.fill(Rect(x: frame.x, y: y, width: min(frame.width, gutterWidth), height: 1), role: selectionRole)
                canvas.put(Cell(character: glyphs.marker, role: selectionRole), at: Point(x: frame.x, y: y))
            }
            let cells = row(index)
            for (position, (column, (slot, cell))) in zip(columns, zip(slots, cells)).enumerated() where slot.width > 0 {
                let role = isSelected && position == 0 ? selectionRole : (cell.role ?? .text)
                // Server strings: zero-width and format characters would shift the columns after them.
                canvas.write(DisplayWidth.visible(cell.text), in: Rect(x: contentX + slot.offset, y: y, width: slot.width, height: 1),
                             alignment: column.alignment, role: role, ellipsis: glyphs.ellipsis)
            }
        }
    }

    /// Draws the table from plain string rows (convenient for small, fully materialised lists).
    public static func render(
        columns: [TableColumn], rows: [[String]], state: TableState, frame: Rect, isFocused: Bool,
        glyphs: Glyphs = .unicode, emptyText: String = "No rows", showsPosition: Bool = true,
        columnSpacing: Int = 2, into canvas: inout some Canvas
    ) {
        render(columns: columns, rowCount: rows.count, row: { rows[$0].map { TableCell($0) } }, state: state,
               frame: frame, isFocused: isFocused, glyphs: glyphs, emptyText: emptyText,
               showsPosition: showsPosition, columnSpacing: columnSpacing, into: &canvas)
    }
}
